using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>Options of the "quotes" stage (pipeline.json); each key's default is declared once, beside its value.</summary>
public sealed record QuoteFinderOptions
{
    public static IntOption CueWindowTokensOption { get; } =
        new("cueWindowTokens", 8, 1, 50, "how far after a closing quotation mark the cue may stand");

    public static IntOption MinUnattributedWordsOption { get; } = new("minUnattributedWords", 4, 1, 1000,
        "a quotation with no speaker is kept from this many words on; shorter ones are scare quotes");

    public static IntOption MinIndirectWordsOption { get; } =
        new("minIndirectWords", 3, 1, 1000, "shorter reported clauses are dropped");

    /// <summary>How many tokens after a closing quotation mark a cue may stand ("…,” national security adviser Jake Sullivan told").</summary>
    public int CueWindowTokens { get; init; } = CueWindowTokensOption.Default;

    /// <summary>A quotation with no speaker is kept only from this many words on; shorter ones are scare quotes.</summary>
    public int MinUnattributedWords { get; init; } = MinUnattributedWordsOption.Default;

    /// <summary>The trained cue and role taggers that add the attributions the rules miss; null for the rules alone.</summary>
    public Attribution.AttributionModel? AttributionModel { get; init; }

    /// <summary>Reported speech shorter than this many words is not a claim.</summary>
    public int MinIndirectWords { get; init; } = MinIndirectWordsOption.Default;

    /// <summary>Cue lemmas that take a clause without "that" ("he said the Taliban would …").</summary>
    public IReadOnlySet<string> BareClauseLemmas { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "say", "add", "claim", "insist", "argue", "warn", "believe", "think", "predict", "estimate", "acknowledge",
        "admit", "announce", "report", "write", "explain", "note", "suggest", "contend", "maintain", "allege",
    };
}
