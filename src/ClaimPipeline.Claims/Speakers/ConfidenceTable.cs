using System.Globalization;
using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Speakers;

/// <summary>
/// Calibrated confidence per kind of evidence: for each rule, and each rule with the state of its speaker (named,
/// pronoun, none), the share of such claims on PolNeAR train that matched an annotated attribution with the right
/// speaker (data/models/confidence.tsv, written by `claims train confidence`). A claim whose key the table lacks
/// keeps its rule's prior.
/// </summary>
public sealed class ConfidenceTable
{
    private readonly Dictionary<string, double> _confidence;

    public ConfidenceTable(IEnumerable<KeyValuePair<string, double>> entries) =>
        _confidence = new Dictionary<string, double>(entries, StringComparer.Ordinal);

    public int Count => _confidence.Count;

    /// <summary>The calibrated confidence of a key, if the table has it.</summary>
    public bool TryGet(string key, out double confidence) => _confidence.TryGetValue(key, out confidence);

    public static ConfidenceTable Load(string path)
    {
        var entries = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in LexiconFile.Read(path, minFields: 2))
        {
            // NaN passes both range tests, so it is refused by name.
            if (!double.TryParse(line[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value) || value is < 0 or > 1)
                throw new LexiconException($"{path}:{line.LineNumber}: expected a key and a confidence from 0 to 1");
            // A key whose rule the table of rules lacks would never apply: a typo, or a rule since renamed.
            if (Rules.ClaimRules.Find(line[0].Split('|')[0]) is null)
                throw new LexiconException($"{path}:{line.LineNumber}: '{line[0]}' names no rule of the rule table (docs/rules.md)");
            if (!entries.TryAdd(line[0], value))
                throw new LexiconException($"{path}:{line.LineNumber}: the key '{line[0]}' is given twice");
        }
        return new ConfidenceTable(entries);
    }

    /// <summary>
    /// "rule|named", "rule|pronoun" or "rule|none": the evidence a quote or reported-speech claim rests on, read
    /// from the mention as written (`claims train confidence` keys the rows it counts so).
    /// </summary>
    public static string Key(string rule, string? speaker, string? mention) =>
        Key(rule, speaker, mention is not null && SpeakerPhraseFinder.IsPronoun(mention));

    /// <summary>The key of a claim, from the speaker phrase kind the quote stage carried on it.</summary>
    public static string Key(Claim claim, string? mention) => Key(claim.Rule.Name, claim.Speaker, CountsAsPronoun(claim, mention));

    private static string Key(string rule, string? speaker, bool pronoun) =>
        rule + "|" + (string.IsNullOrEmpty(speaker) ? "none" : pronoun ? "pronoun" : "named");

    /// <summary>
    /// A pronoun mention, save a relative "who": its antecedent is the name right before it, so its evidence is a
    /// name's, and the rows the table was trained on read "who" as no pronoun.
    /// </summary>
    private static bool CountsAsPronoun(Claim claim, string? mention) =>
        mention is not null && SpeakerMentions.KindOf(claim, mention) == SpeakerPhraseKind.Pronoun && mention is not ("who" or "which" or "that");

    /// <summary>Sets the confidence of every quote and reported-speech claim the table knows.</summary>
    public void Apply(Document document)
    {
        foreach (var claim in document.Claims)
        {
            if (claim.Kind is not (ClaimKind.Quote or ClaimKind.Indirect)) continue;
            var mention = claim.HasSpeakerMention ? document.Slice(claim.SpeakerStart, claim.SpeakerEnd) : null;
            if (_confidence.TryGetValue(Key(claim, mention), out double value) || _confidence.TryGetValue(claim.Rule.Name, out value))
                claim.Confidence = value;
        }
    }
}
