namespace ClaimPipeline.Claims.Rules;

/// <summary>
/// A rule's prior confidence: how often its claim and speaker are right, judged on the sample articles and
/// hand-made cases. The calibrated table (data/models/confidence.tsv) overrides it where it has the rule; the prior
/// is what a rule the table lacks keeps. Refinements apply when the claim has that evidence.
/// </summary>
public sealed record RulePrior(double Default)
{
    /// <summary>The speaker phrase is a name ("Mujahid said").</summary>
    public double? Named { get; init; }

    /// <summary>The speaker phrase is a pronoun ("he said").</summary>
    public double? Pronoun { get; init; }

    /// <summary>The claim has no speaker phrase.</summary>
    public double? Unattributed { get; init; }

    /// <summary>A number with a unit ("20,000 people"); one without is <see cref="Default"/>.</summary>
    public double? WithUnit { get; init; }

    /// <summary>The prior of a quote or reported-speech claim whose speaker phrase is of this kind (null: none).</summary>
    public double For(Quotes.SpeakerPhraseKind? speaker) => speaker switch
    {
        null => Unattributed ?? Default,
        Quotes.SpeakerPhraseKind.Name => Named ?? Default,
        Quotes.SpeakerPhraseKind.Pronoun => Pronoun ?? Default,
        _ => Default,
    };

    /// <summary>The prior of a numeric claim.</summary>
    public double ForNumber(bool hasUnit) => hasUnit ? WithUnit ?? Default : Default;

    /// <summary>"0.75 (name 0.9, pronoun 0.8)", as docs/rules.md lists it.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Named is { } named) parts.Add($"name {Format(named)}");
        if (Pronoun is { } pronoun) parts.Add($"pronoun {Format(pronoun)}");
        if (Unattributed is { } none) parts.Add($"no speaker {Format(none)}");
        if (WithUnit is { } unit) parts.Add($"with a unit {Format(unit)}");
        return parts.Count == 0 ? Format(Default) : $"{Format(Default)} ({string.Join(", ", parts)})";
    }

    private static string Format(double value) => value.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture);
}
