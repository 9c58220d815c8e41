namespace ClaimPipeline.Benchmarks;

/// <summary>The size of the input set, to turn time per operation into tokens and words per second.</summary>
/// <param name="Tokens">Tokens the pipeline's tokenizer makes from the articles.</param>
/// <param name="Words">Whitespace-separated words, counted as scripts/whole-run.sh counts them.</param>
public sealed record InputCounts(string Source, int Articles, long Tokens, long Words, long Chars)
{
    public override string ToString() =>
        $"input set: {Articles} articles from {Source}: {Tokens:N0} tokens, {Words:N0} words, {Chars:N0} chars";
}
