using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Attribution;

/// <summary>
/// The trained attribution model (data/models/attribution.bin): a cue tagger that marks the words attributing
/// something (B/I/O over a sentence's tokens), and a role tagger that, given one cue, marks its source and content
/// among the other tokens of the sentence. Both are greedy left-to-right averaged perceptrons (<see cref="AttributionTrainer"/>).
/// Immutable and shared by all threads.
/// </summary>
public sealed class AttributionModel(PerceptronModel cues, PerceptronModel roles, IReadOnlyDictionary<string, string> metadata)
{
    /// <summary>Names the feature set; a model trained with other features is refused at load.</summary>
    public const string FeatureSetId = "attribution-v2";

    /// <summary>The metadata key of the cue threshold the trainer picked on dev.</summary>
    public const string CueThresholdKey = "cue-threshold";

    public PerceptronModel Cues { get; } = cues;
    public PerceptronModel Roles { get; } = roles;
    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata;

    /// <summary>
    /// How far a cue's first token must score above the other labels to start a cue. A perceptron's B wins many
    /// close calls on words that attribute only sometimes ("found", "shows"); the trainer picks the margin on dev.
    /// </summary>
    public float CueThreshold { get; } = metadata.TryGetValue(CueThresholdKey, out var value)
        && float.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float parsed) ? parsed : 0f;

    public static AttributionModel Load(string path)
    {
        var file = ModelFile.Load(path, FeatureSetId);
        if (file.Models.Count != 2) throw new ModelFileException($"{path}: an attribution model holds 2 models, not {file.Models.Count}");
        return new AttributionModel(file.Models[0], file.Models[1], file.Metadata);
    }

    public void Save(string path) => new ModelFile(FeatureSetId, Metadata, [Cues, Roles]).Save(path);

    /// <summary>The cues of the sentence <paramref name="s"/> holds, as document token ranges [First, End), in text order.</summary>
    internal List<(int First, int End)> FindCues(SentenceFeatures s) => FindCues(Cues, s, CueThreshold);

    /// <summary>The cues a cue model finds at a threshold (the trainer's dev scoring reads them before a model exists).</summary>
    internal static List<(int First, int End)> FindCues(PerceptronModel model, SentenceFeatures s, float threshold)
    {
        Span<int> labels = s.Count <= 256 ? stackalloc int[s.Count] : new int[s.Count];
        TagCues(model, s, labels, threshold);
        return CueSpans(labels, s.Sentence.FirstToken);
    }

    /// <summary>The B/I runs of cue labels as token ranges [First, End), shifted by <paramref name="offset"/>.</summary>
    internal static List<(int First, int End)> CueSpans(ReadOnlySpan<int> labels, int offset)
    {
        var spans = new List<(int, int)>();
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] != AttributionLabels.CueBegin) continue;
            int end = i + 1;
            while (end < labels.Length && labels[end] == AttributionLabels.CueInside) end++;
            spans.Add((offset + i, offset + end));
            i = end - 1;
        }
        return spans;
    }

    /// <summary>Tags the sentence's tokens with cue labels (greedy, the earlier labels as features); an I never follows an O.</summary>
    internal static void TagCues(PerceptronModel model, SentenceFeatures s, Span<int> labels, float threshold)
    {
        Span<ulong> features = stackalloc ulong[CueFeatures.Max];
        Span<float> scores = stackalloc float[AttributionLabels.Cue.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            int previous = i > 0 ? labels[i - 1] : -1, beforePrevious = i > 1 ? labels[i - 2] : -1;
            bool afterOutside = previous is -1 or AttributionLabels.Outside;
            // Outside a cue, a token that cannot start one is outside too: no need to score it (most punctuation).
            if (afterOutside && !s.CanStartCue[i])
            {
                labels[i] = AttributionLabels.Outside;
                continue;
            }
            int count = CueFeatures.Extract(s, i, previous, beforePrevious, features);
            model.Score(features[..count], scores);
            if (afterOutside) scores[AttributionLabels.CueInside] = float.NegativeInfinity;
            float other = Math.Max(scores[AttributionLabels.Outside], scores[AttributionLabels.CueInside]);
            // A cue starts where B beats the other labels by the threshold (a negative one lets B win close calls too).
            if (scores[AttributionLabels.CueBegin] - other >= threshold && s.CanStartCue[i])
                labels[i] = AttributionLabels.CueBegin;
            else
                labels[i] = scores[AttributionLabels.CueInside] > scores[AttributionLabels.Outside] ? AttributionLabels.CueInside : AttributionLabels.Outside;
        }
    }

    /// <summary>
    /// A cue starts at a word with a letter, written in lowercase unless it opens the sentence: a capitalised word
    /// inside a sentence belongs to a name or a headline ("Policies Created Conditions"), and a symbol
    /// ("@", "+") or a number attributes nothing.
    /// </summary>
    internal static bool CanStartCue(Document document, SentenceSpan sentence, int t)
    {
        var token = document.Tokens[t];
        if (token.Kind != TokenKind.Word) return false;
        var text = document.TokenText(t);
        if (t > sentence.FirstToken && char.IsUpper(text[0])) return false;
        foreach (var c in text)
            if (char.IsDigit(c)) return false;
        return true;
    }

    /// <summary>
    /// Tags the tokens of <paramref name="window"/> (a stretch of the sentence <paramref name="s"/> holds) with roles
    /// for the cue over document tokens [cueFirst, cueEnd); the cue's own tokens are outside.
    /// </summary>
    internal void TagRoles(SentenceFeatures s, SentenceSpan window, int cueFirst, int cueEnd, Span<int> labels) =>
        TagRoles(Roles, s, window, cueFirst, cueEnd, labels);

    internal static void TagRoles(PerceptronModel model, SentenceFeatures s, SentenceSpan window, int cueFirst, int cueEnd, Span<int> labels)
    {
        Span<ulong> features = stackalloc ulong[RoleFeatures.Max];
        Span<float> scores = stackalloc float[AttributionLabels.Role.Length];
        int offset = s.Sentence.FirstToken, first = cueFirst - offset, end = cueEnd - offset;
        for (int k = 0; k < labels.Length; k++)
        {
            int i = window.FirstToken - offset + k;
            if (i >= first && i < end)
            {
                labels[k] = AttributionLabels.Outside;
                continue;
            }
            int previous = k > 0 ? labels[k - 1] : -1, beforePrevious = k > 1 ? labels[k - 2] : -1;
            int count = RoleFeatures.Extract(s, first, end, i, previous, beforePrevious, features);
            model.Score(features[..count], scores);
            labels[k] = AveragedPerceptron.ArgMax(scores);
        }
    }
}
