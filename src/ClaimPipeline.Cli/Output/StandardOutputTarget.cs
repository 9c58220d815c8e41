namespace ClaimPipeline.Cli.Output;

/// <summary>Standard output: written as the run goes, owned by the console (never closed here).</summary>
public sealed class StandardOutputTarget(Stream standardOutput) : OutputTarget
{
    public override Stream Stream => standardOutput;

    public override void Commit() => standardOutput.Flush();

    public override void Dispose()
    {
    }
}
