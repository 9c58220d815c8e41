namespace ClaimPipeline.Claims.Quotes;

/// <summary>Options of the "quotes" stage (pipeline.json).</summary>
public sealed record QuoteFinderOptions
{
    /// <summary>How many tokens after a closing quotation mark a cue may stand ("…,” national security adviser Jake Sullivan told").</summary>
    public int CueWindowTokens { get; init; } = 8;

    /// <summary>A quotation with no speaker is kept only from this many words on; shorter ones are scare quotes.</summary>
    public int MinUnattributedWords { get; init; } = 4;

    /// <summary>Reported speech shorter than this many words is not a claim.</summary>
    public int MinIndirectWords { get; init; } = 3;

    /// <summary>Cue lemmas that take a clause without "that" ("he said the Taliban would …").</summary>
    public IReadOnlySet<string> BareClauseLemmas { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "say", "add", "claim", "insist", "argue", "warn", "believe", "think", "predict", "estimate", "acknowledge",
        "admit", "announce", "report", "write", "explain", "note", "suggest", "contend", "maintain", "allege",
    };
}
