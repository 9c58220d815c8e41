using ClaimPipeline.Cli.Posix;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// Where `claims extract` writes, decided before anything is read:
/// no -o or "-o -": standard output; a device, FIFO or socket: written in place (<see cref="InPlaceOutput"/>);
/// a regular file or a new name: a temporary file in the same folder renamed over it on success
/// (<see cref="AtomicReplacement"/>). A symbolic link is followed to its final target, which is what gets
/// replaced, so the link stays a link. A folder, a missing folder or an output that is also an input is an
/// <see cref="OutputTargetException"/>.
/// </summary>
public abstract class OutputTarget : IDisposable
{
    public abstract Stream Stream { get; }

    /// <summary>What a run that does not commit leaves, e.g. "the previous out.csv was left as it was"; null when
    /// the output is written as it goes (standard output, a device or FIFO) and nothing can be kept.</summary>
    public virtual string? Unchanged => null;

    /// <summary>The output is a terminal (-o /dev/tty), where a binary format is refused.</summary>
    public virtual bool IsTerminal => false;

    /// <summary>Makes the output final: flushes, and renames a temporary file into place.</summary>
    public abstract void Commit();

    /// <summary>Without <see cref="Commit"/>, a temporary file is deleted and the previous file stays as it was.</summary>
    public abstract void Dispose();

    /// <param name="path">The -o argument, or null.</param>
    /// <param name="inputs">The PATH arguments: the output must not be one of the files they read.</param>
    /// <param name="standardOutput">Used for no -o and "-o -".</param>
    /// <param name="cancellationToken">Stops the wait for a FIFO's reader.</param>
    /// <param name="interpose">Wraps the file stream (tests inject write failures through it); null in the program.</param>
    public static OutputTarget Open(string? path, IReadOnlyList<string> inputs, Stream standardOutput,
        CancellationToken cancellationToken = default, Func<Stream, Stream>? interpose = null)
    {
        if (path is null or "-") return new StandardOutputTarget(standardOutput);
        // A device, FIFO or socket, reached through /dev/stdout or /proc/self/fd/N too: those links name
        // "pipe:[…]" and the like, which are no paths, so the path as given is opened (Linux reopens the pipe).
        if (FileStatus.Of(path, followLinks: true) is { IsSpecial: true } special)
        {
            InputOverlap.Check(path, Path.GetFullPath(path), special, inputs);
            return OpenInPlace(path, path, cancellationToken);
        }
        var target = FinalTarget(path);
        var status = FileStatus.Of(target, followLinks: true);
        if (status is { Kind: FileKind.Directory } || (status is null && Directory.Exists(target)))
            throw new OutputTargetException($"{path}: is a folder; -o takes a file name");
        if (!Directory.Exists(Path.GetDirectoryName(target)))
            throw new OutputTargetException($"{path}: the output folder does not exist");
        InputOverlap.Check(path, target, status, inputs);
        if (status is { IsSpecial: true }) return OpenInPlace(path, target, cancellationToken);
        try
        {
            return new AtomicReplacement(path, target, interpose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputTargetException($"{path}: cannot write: {OutputWriteException.ReasonOf(e)}");
        }
    }

    private static InPlaceOutput OpenInPlace(string path, string target, CancellationToken cancellationToken)
    {
        try
        {
            return new InPlaceOutput(path, target, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputTargetException($"{path}: cannot write: {OutputWriteException.ReasonOf(e)}");
        }
    }

    /// <summary>The full path at the end of a chain of symbolic links (which need not exist yet), or the path itself.</summary>
    private static string FinalTarget(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)!.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputTargetException($"{path}: cannot follow the link: {OutputWriteException.ReasonOf(e)}");
        }
    }
}
