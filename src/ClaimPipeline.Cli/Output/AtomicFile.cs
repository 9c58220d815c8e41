namespace ClaimPipeline.Cli.Output;

/// <summary>
/// Writes to a temporary file beside the target and renames it into place on <see cref="Commit"/>, so readers see
/// either the old file or the whole new one. Disposing without committing deletes the temporary file.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    public AtomicFile(string target)
    {
        _target = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(_target) ?? ".";
        _temporary = Path.Combine(directory, $".{Path.GetFileName(_target)}.{Environment.ProcessId}.tmp");
        Stream = new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public Stream Stream { get; }

    public string TemporaryPath => _temporary;

    public void Commit()
    {
        Stream.Flush();
        Stream.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && File.Exists(_temporary)) File.Delete(_temporary);
    }
}
