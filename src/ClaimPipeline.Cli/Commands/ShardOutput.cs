namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// Shard mode's contract (docs/scale-out.md): a shard's output is published atomically, and only complete, so its
/// existence means "done". A rerun of a done shard does nothing, which makes an engine's retries and resubmissions safe.
/// </summary>
public static class ShardOutput
{
    /// <summary>
    /// True (after saying so on stderr) when the shard's output already exists as a regular file: nothing is left to
    /// do. Null (after an error line) when the path is something else (a folder, a device, a FIFO, a link): a shard's
    /// output is a file the run publishes, and there "exists" would mean nothing.
    /// </summary>
    public static bool? AlreadyDone(string output, string shard, CliConsole console)
    {
        if (Posix.FileStatus.Of(output, followLinks: false) is not { } status) return false;
        if (status.Kind == Posix.FileKind.Regular)
        {
            console.Error.WriteLine($"claims: {output} exists: shard {shard} is done, nothing to do");
            return true;
        }
        console.Error.WriteLine($"claims: error: {output}: is a {Posix.FileKinds.Describe(status.Kind)}; --shard publishes its output as a regular file");
        return null;
    }

    /// <summary>The output file `claims verify` expects for a shard: the shard's file name in the output folder.</summary>
    public static string For(string shard, string outputFolder) => Path.Combine(outputFolder, Path.GetFileName(shard));
}
