namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// Shard mode's contract (docs/scale-out.md): a shard's output is published atomically, and only complete, so its
/// existence means "done". A rerun of a done shard does nothing, which makes an engine's retries and resubmissions safe.
/// </summary>
public static class ShardOutput
{
    /// <summary>True (after saying so on stderr) when the shard's output already exists: nothing is left to do.</summary>
    public static bool AlreadyDone(string output, string shard, CliConsole console)
    {
        if (!File.Exists(output)) return false;
        console.Error.WriteLine($"claims: {output} exists: shard {shard} is done, nothing to do");
        return true;
    }

    /// <summary>The output file `claims verify` expects for a shard: the shard's file name in the output folder.</summary>
    public static string For(string shard, string outputFolder) => Path.Combine(outputFolder, Path.GetFileName(shard));
}
