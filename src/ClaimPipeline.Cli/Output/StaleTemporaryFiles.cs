using System.Runtime.InteropServices;
using ClaimPipeline.Cli.Posix;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// A run killed with SIGKILL (or a power cut) leaves its temporary file behind. The next run to the same target
/// removes those: regular files in the target's folder named by <see cref="TemporaryFileName"/> with this target's
/// key and the PID of a process that is no longer running. Nothing else is touched; a run still going keeps its file.
/// </summary>
public static class StaleTemporaryFiles
{
    public static void Remove(string folder, string targetFileName)
    {
        var key = TemporaryFileName.KeyOf(targetFileName);
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(folder, ".claims.*.tmp").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var path in candidates)
        {
            if (!TemporaryFileName.TryParse(Path.GetFileName(path), out int pid, out var fileKey) || fileKey != key) continue;
            if (pid == Environment.ProcessId || IsRunning(pid)) continue;
            if (FileStatus.Of(path, followLinks: false) is not { Kind: FileKind.Regular }) continue;
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run removed it first, or it is not ours to remove: either way, leave it.
            }
        }
    }

    /// <summary>kill(pid, 0): no such process is the only answer that means "not running"; when unsure, it runs.</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            return Libc.Kill(pid, 0) == 0 || Marshal.GetLastPInvokeError() != Libc.Esrch;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return true;
        }
    }
}
