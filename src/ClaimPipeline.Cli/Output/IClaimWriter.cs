namespace ClaimPipeline.Cli.Output;

/// <summary>Writes rows as they come, one article at a time, to a stream the caller owns.</summary>
public interface IClaimWriter : IDisposable
{
    void Write(IReadOnlyList<ClaimRow> rows);
}
