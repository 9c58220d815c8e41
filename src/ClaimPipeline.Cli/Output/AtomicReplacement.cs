namespace ClaimPipeline.Cli.Output;

/// <summary>
/// Writes a regular file through a temporary file in its folder (<see cref="TemporaryFileName"/>), which
/// <see cref="Commit"/> flushes to disk and renames over the target, so readers see the old file or the whole new
/// one. The temporary file gets the previous file's permissions from the start (a 600 file stays 600 and its new
/// content is never readable by others); a new file gets the default ones. Disposing without committing deletes it.
/// </summary>
public sealed class AtomicReplacement : OutputTarget
{
    private readonly string _name;
    private readonly string _target;
    private readonly string _temporary;
    private readonly FileStream _file;
    private readonly NamedOutputStream _stream;
    private bool _committed;

    /// <param name="name">The output as the user named it, for messages.</param>
    /// <param name="target">The full path to replace (not a symbolic link).</param>
    /// <param name="interpose">Wraps the file stream; tests inject write failures through it.</param>
    public AtomicReplacement(string name, string target, Func<Stream, Stream>? interpose = null)
    {
        _name = name;
        _target = target;
        var folder = Path.GetDirectoryName(target)!;
        var fileName = Path.GetFileName(target);
        StaleTemporaryFiles.Remove(folder, fileName);
        bool exists = File.Exists(target);
        Unchanged = exists ? $"the previous {name} was left as it was" : $"{name} was not created";
        _temporary = Path.Combine(folder, TemporaryFileName.For(fileName, Environment.ProcessId));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16 };
        UnixFileMode? previousMode = exists && !OperatingSystem.IsWindows() ? File.GetUnixFileMode(target) : null;
        if (previousMode is { } createMode && !OperatingSystem.IsWindows()) options.UnixCreateMode = createMode & PermissionBits;
        _file = new FileStream(_temporary, options);
        try
        {
            // The umask may have cleared bits of the created mode: set the previous mode exactly.
            if (previousMode is { } mode && !OperatingSystem.IsWindows()) File.SetUnixFileMode(_file.SafeFileHandle, mode);
        }
        catch
        {
            Abandon();
            throw;
        }
        _stream = new NamedOutputStream(interpose?.Invoke(_file) ?? _file, name, Unchanged);
    }

    private const UnixFileMode PermissionBits = (UnixFileMode)0x1FF;

    public override Stream Stream => _stream;

    public override string Unchanged { get; }

    public override void Commit()
    {
        _stream.FlushToDiskAndClose(_file);
        try
        {
            File.Move(_temporary, _target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputWriteException.From(_name, e, Unchanged);
        }
        _committed = true;
    }

    public override void Dispose()
    {
        _stream.Dispose();
        if (!_committed) Abandon();
    }

    /// <summary>Closes and deletes the temporary file; after a write error closing fails again, which is not news.</summary>
    private void Abandon()
    {
        try
        {
            _file.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        try
        {
            File.Delete(_temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
