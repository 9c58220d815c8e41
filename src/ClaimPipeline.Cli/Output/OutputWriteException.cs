using System.Runtime.InteropServices;
using ClaimPipeline.Cli.Posix;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// Writing the output failed (disk full, a closed or broken pipe, an I/O error). The message is the whole user-facing
/// line after "claims: error: ": the output's name, the system's reason and, for a file, what became of it.
/// </summary>
public sealed class OutputWriteException : IOException
{
    private OutputWriteException(string message, bool brokenPipe, Exception? inner) : base(message, inner) => BrokenPipe = brokenPipe;

    /// <summary>The reader went away (EPIPE, as after `| head`): the run stops quietly, like grep and jq do.</summary>
    public bool BrokenPipe { get; }

    /// <param name="name">The output as the user named it, or "standard output".</param>
    /// <param name="fate">What became of the output file, e.g. "the previous out.csv was left as it was"; null for none.</param>
    public static OutputWriteException From(string name, Exception error, string? fate)
    {
        var message = $"{name}: cannot write: {ReasonOf(error)}" + (fate is null ? "" : $" ({fate})");
        return new OutputWriteException(message, ErrnoOf(error) == Libc.Epipe, error);
    }

    /// <summary>The system's reason, "no space left on device", without the temporary path .NET appends.</summary>
    public static string ReasonOf(Exception error)
    {
        int errno = ErrnoOf(error);
        return errno > 0 ? LowerFirst(Marshal.GetPInvokeErrorMessage(errno)) : error.Message;
    }

    public static OutputWriteException FromErrno(string name, int errno) =>
        From(name, new IOException(Marshal.GetPInvokeErrorMessage(errno), errno), fate: null);

    /// <summary>On Unix .NET gives an IOException the errno as its HResult; a bad descriptor arrives wrapped in an
    /// UnauthorizedAccessException.</summary>
    private static int ErrnoOf(Exception error) => error switch
    {
        IOException { HResult: > 0 and < 4096 } io => io.HResult,
        UnauthorizedAccessException { InnerException: IOException { HResult: > 0 and < 4096 } io } => io.HResult,
        _ => 0,
    };

    private static string LowerFirst(string text) => text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
