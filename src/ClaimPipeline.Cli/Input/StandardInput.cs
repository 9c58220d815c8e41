namespace ClaimPipeline.Cli.Input;

/// <summary>The process's standard input, for the path "-", refused when it was closed at start.</summary>
public static class StandardInput
{
    public static Stream Open() => IsClosed() ? throw new StandardInputClosedException() : Console.OpenStandardInput();

    /// <summary>
    /// A program started with file descriptor 0 closed (`claims extract - &lt;&amp;-`) does not see it closed: the
    /// runtime's first pipe(), made at start for its own use, takes the lowest free descriptor, 0, for the read end
    /// and keeps the write end, so reading stdin would wait forever. Hence: stdin is a pipe whose write end this
    /// very process holds (on Linux, from /proc/self). No end of input could ever come then, whatever the cause.
    /// </summary>
    public static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            var stdin = new FileInfo("/proc/self/fd/0").LinkTarget; // "pipe:[inode]"
            if (stdin is null || !stdin.StartsWith("pipe:", StringComparison.Ordinal)) return false;
            foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                var fd = Path.GetFileName(entry);
                if (fd != "0" && SameTarget(entry, stdin) && IsOpenForWriting(fd)) return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return false;
    }

    private static bool SameTarget(string fdLink, string target)
    {
        try
        {
            return new FileInfo(fdLink).LinkTarget == target;
        }
        catch (IOException)
        {
            return false; // closed meanwhile (the enumeration's own descriptor, for one)
        }
    }

    /// <summary>fdinfo's "flags:" are octal open flags; the access mode is their low two bits (O_WRONLY 1, O_RDWR 2).</summary>
    private static bool IsOpenForWriting(string fd)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/self/fdinfo/{fd}"))
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                    return (Convert.ToInt64(line["flags:".Length..].Trim(), 8) & 3) != 0;
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
        }
        return false;
    }
}
