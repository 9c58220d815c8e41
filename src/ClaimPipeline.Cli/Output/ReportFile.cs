using System.Text;
using ClaimPipeline.Cli.Commands;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// A file a command writes besides its main output (a trained table, an --errors listing), kept to the same rules
/// as `extract -o` (<see cref="OutputTarget"/>): a regular file is replaced only by a complete result, a device or
/// FIFO is written in place, "-" is standard output, and a folder or an input is refused.
/// </summary>
public sealed class ReportFile : IDisposable
{
    private readonly OutputTarget _target;

    private ReportFile(OutputTarget target)
    {
        _target = target;
        Writer = new StreamWriter(target.Stream, new UTF8Encoding(false), leaveOpen: true);
    }

    public TextWriter Writer { get; }

    /// <summary>The file, or null after a one-line error on stderr (a folder, a missing folder, an input, no permission).</summary>
    public static ReportFile? Open(string path, IReadOnlyList<string> inputs, CliConsole console)
    {
        try
        {
            if (path.Length == 0) throw new OutputTargetException("'' (an empty argument): no file name");
            return new ReportFile(OutputTarget.Open(path, inputs, console.Out));
        }
        catch (OutputTargetException e)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return null;
        }
    }

    /// <summary>Makes the file final; without it, disposing leaves the previous file as it was.</summary>
    public void Commit()
    {
        Writer.Flush();
        _target.Commit();
        _committed = true;
    }

    private bool _committed;

    /// <summary>Without <see cref="Commit"/>, abandons the file: the previous one stays as it was.</summary>
    public void Dispose()
    {
        // A committed target has closed its file; the writer has nothing left to flush into it.
        if (!_committed)
            try
            {
                Writer.Dispose();
            }
            catch (OutputWriteException)
            {
                // The run already failed and the target is being abandoned.
            }
        _target.Dispose();
    }
}
