using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Claims.Evaluation;
using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Attribution;

/// <summary>
/// Trains <see cref="AttributionModel"/> from annotated attributions (PolNeAR's source / cue / content spans) over
/// documents the pipeline has tokenised, tagged and run the recognizer on. The cue tagger learns every annotated cue;
/// the role tagger learns, for each annotated cue, which tokens of the cue's sentence are its source and its content.
/// Each epoch visits the examples in an order shuffled from <see cref="Seed"/>, tags with the current weights and
/// updates on every wrong token; the epoch with the best dev F1 is kept, per tagger. Same data and seed, same bytes.
/// </summary>
public sealed class AttributionTrainer(CueLexicon lexicon)
{
    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 1;
    public float PruneBelow { get; init; } = 0.001f;

    /// <summary>Called for each cue threshold tried on dev, with its F1.</summary>
    public Action<float, double>? OnThreshold { get; init; }

    /// <summary>Called after each epoch with the tagger's name, the epoch and its dev F1.</summary>
    public Action<string, int, double>? OnEpoch { get; init; }

    /// <summary>One annotated document: the tokens of each sentence labelled with cues, and one role example per cue.</summary>
    private sealed record Prepared(Document Document, ITokenMarks Marks, int[][] CueLabels, List<RoleExample> Roles);

    private sealed record RoleExample(int Sentence, int CueFirst, int CueEnd, int[] Labels);

    public AttributionModel Train(IEnumerable<(Document Document, IReadOnlyList<GoldAttribution> Gold)> train,
        IEnumerable<(Document Document, IReadOnlyList<GoldAttribution> Gold)> dev, IReadOnlyDictionary<string, string> metadata)
    {
        var trainSet = train.Select(Prepare).ToList();
        var devSet = dev.Select(Prepare).ToList();
        var cues = TrainCues(trainSet, devSet);
        var (threshold, _) = PickThreshold(cues, devSet);
        var roles = TrainRoles(trainSet, devSet);
        var withThreshold = new Dictionary<string, string>(metadata, StringComparer.Ordinal)
        {
            [AttributionModel.CueThresholdKey] = threshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return new AttributionModel(cues, roles, withThreshold);
    }

    private Prepared Prepare((Document Document, IReadOnlyList<GoldAttribution> Gold) example)
    {
        var document = example.Document;
        var marks = new QuoteContext(document, lexicon, speakers: null, new QuoteFinderOptions());
        marks.MarkQuoted(QuotationScanner.Scan(document));
        var cueLabels = document.Sentences.Select(s => new int[s.TokenCount]).ToArray();
        var roles = new List<RoleExample>();
        foreach (var attribution in example.Gold)
        {
            var cueTokens = Tokens(document, attribution.Cue);
            if (cueTokens.Count == 0) continue;
            int s = document.SentenceOfToken(cueTokens[0]);
            var sentence = document.Sentences[s];
            cueTokens.RemoveAll(t => t < sentence.FirstToken || t >= sentence.EndToken);
            for (int k = 0; k < cueTokens.Count; k++)
            {
                int i = cueTokens[k] - sentence.FirstToken;
                bool continues = k > 0 && cueTokens[k - 1] == cueTokens[k] - 1;
                if (cueLabels[s][i] != AttributionLabels.CueBegin) cueLabels[s][i] = continues ? AttributionLabels.CueInside : AttributionLabels.CueBegin;
            }
            // The role example's cue is its first contiguous run of tokens ("told … that" keeps "told").
            int cueEnd = cueTokens[0] + 1;
            while (cueEnd < sentence.EndToken && cueTokens.Contains(cueEnd)) cueEnd++;
            var labels = new int[sentence.TokenCount];
            foreach (int t in Tokens(document, attribution.Content))
                if (t >= sentence.FirstToken && t < sentence.EndToken) labels[t - sentence.FirstToken] = AttributionLabels.Content;
            foreach (int t in Tokens(document, attribution.Source))
                if (t >= sentence.FirstToken && t < sentence.EndToken) labels[t - sentence.FirstToken] = AttributionLabels.Source;
            for (int t = cueTokens[0]; t < cueEnd; t++) labels[t - sentence.FirstToken] = AttributionLabels.Outside;
            roles.Add(new RoleExample(s, cueTokens[0], cueEnd, labels));
        }
        return new Prepared(document, marks, cueLabels, roles);
    }

    /// <summary>The tokens that overlap any of the ranges, in order, each once.</summary>
    private static List<int> Tokens(Document document, IReadOnlyList<TextRange> ranges)
    {
        var tokens = new SortedSet<int>();
        foreach (var range in ranges)
            for (int t = document.TokenAt(range.Start); t >= 0 && t < document.Tokens.Length && document.Tokens[t].Start < range.End; t++)
                if (document.Tokens[t].End > range.Start) tokens.Add(t);
        return tokens.ToList();
    }

    /// <summary>
    /// Trains one perceptron for <see cref="Epochs"/> epochs, visiting its <paramref name="count"/> examples in an order
    /// shuffled from <see cref="Seed"/> each epoch, and returns the frozen model of the epoch with the best dev score.
    /// </summary>
    private PerceptronModel BestEpoch(string tagger, string[] classes, int count, Action<AveragedPerceptron, int> learn,
        Func<PerceptronModel, double> scoreDev)
    {
        var perceptron = new AveragedPerceptron(classes);
        var order = Enumerable.Range(0, count).ToArray();
        var random = new Random(Seed);
        PerceptronModel? best = null;
        double bestScore = double.NegativeInfinity;
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int example in order) learn(perceptron, example);
            var model = perceptron.Freeze(PruneBelow);
            double score = scoreDev(model);
            OnEpoch?.Invoke(tagger, epoch, score);
            if (score > bestScore)
            {
                bestScore = score;
                best = model;
            }
        }
        return best ?? perceptron.Freeze(PruneBelow);
    }

    private PerceptronModel TrainCues(List<Prepared> trainSet, List<Prepared> devSet)
    {
        var features = new ulong[CueFeatures.Max];
        var scores = new float[AttributionLabels.Cue.Length];
        var sentenceFeatures = new SentenceFeatures();
        return BestEpoch("cues", AttributionLabels.Cue, trainSet.Count, (perceptron, d) =>
        {
            var example = trainSet[d];
            for (int s = 0; s < example.Document.Sentences.Length; s++)
            {
                sentenceFeatures.Load(example.Document, example.Marks, example.Document.Sentences[s]);
                var gold = example.CueLabels[s];
                var labels = new int[gold.Length];
                for (int i = 0; i < gold.Length; i++)
                {
                    int previous = i > 0 ? labels[i - 1] : -1, beforePrevious = i > 1 ? labels[i - 2] : -1;
                    int count = CueFeatures.Extract(sentenceFeatures, i, previous, beforePrevious, features);
                    var active = features.AsSpan(0, count);
                    perceptron.Score(active, scores);
                    if (previous is -1 or AttributionLabels.Outside) scores[AttributionLabels.CueInside] = float.NegativeInfinity;
                    int guess = AveragedPerceptron.ArgMax(scores);
                    perceptron.Update(active, gold[i], guess);
                    labels[i] = guess;
                }
            }
        }, model => CueF1(model, devSet));
    }

    /// <summary>
    /// F1 of cues over the dev documents at a threshold: a found cue is right when it shares a token with an
    /// annotated one (annotators differ on "told" against "told reporters"; what matters is that the cue is found).
    /// </summary>
    private static double CueF1(PerceptronModel model, List<Prepared> devSet, float threshold = 0f)
    {
        int gold = 0, predicted = 0, rightFound = 0, goldFound = 0;
        var features = new SentenceFeatures();
        foreach (var example in devSet)
        {
            for (int s = 0; s < example.Document.Sentences.Length; s++)
            {
                var sentence = example.Document.Sentences[s];
                features.Load(example.Document, example.Marks, sentence);
                var found = AttributionModel.FindCues(model, features, threshold);
                var spans = AttributionModel.CueSpans(example.CueLabels[s], sentence.FirstToken);
                gold += spans.Count;
                predicted += found.Count;
                foreach (var (first, end) in found)
                    if (spans.Any(g => g.First < end && g.End > first)) rightFound++;
                foreach (var (first, end) in spans)
                    if (found.Any(f => f.First < end && f.End > first)) goldFound++;
            }
        }
        return F1(rightFound, predicted, goldFound, gold);
    }

    // Averaged weights are sums of ±1 updates, so the margins between labels run to tens.
    private static readonly float[] Thresholds = [-40f, -20f, -10f, -5f, -2f, 0f, 2f, 5f, 10f, 20f, 40f];

    /// <summary>The cue threshold with the best dev F1 among <see cref="Thresholds"/>.</summary>
    private (float Threshold, double F1) PickThreshold(PerceptronModel cues, List<Prepared> devSet)
    {
        (float Threshold, double F1) best = (0f, double.NegativeInfinity);
        foreach (float threshold in Thresholds)
        {
            double f1 = CueF1(cues, devSet, threshold);
            OnThreshold?.Invoke(threshold, f1);
            if (f1 > best.F1) best = (threshold, f1);
        }
        return best;
    }

    private PerceptronModel TrainRoles(List<Prepared> trainSet, List<Prepared> devSet)
    {
        var examples = trainSet.SelectMany(p => p.Roles.Select(r => (p, r))).ToArray();
        var features = new ulong[RoleFeatures.Max];
        var scores = new float[AttributionLabels.Role.Length];
        var sentenceFeatures = new SentenceFeatures();
        return BestEpoch("roles", AttributionLabels.Role, examples.Length, (perceptron, e) =>
        {
            var (example, role) = examples[e];
            var sentence = example.Document.Sentences[role.Sentence];
            sentenceFeatures.Load(example.Document, example.Marks, sentence);
            int cueFirst = role.CueFirst - sentence.FirstToken, cueEnd = role.CueEnd - sentence.FirstToken;
            var labels = new int[role.Labels.Length];
            for (int i = 0; i < labels.Length; i++)
            {
                if (i >= cueFirst && i < cueEnd) continue;
                int previous = i > 0 ? labels[i - 1] : -1, beforePrevious = i > 1 ? labels[i - 2] : -1;
                int count = RoleFeatures.Extract(sentenceFeatures, cueFirst, cueEnd, i, previous, beforePrevious, features);
                var active = features.AsSpan(0, count);
                perceptron.Score(active, scores);
                int guess = AveragedPerceptron.ArgMax(scores);
                perceptron.Update(active, role.Labels[i], guess);
                labels[i] = guess;
            }
        }, model => RoleF1(model, devSet));
    }

    /// <summary>Token F1 of source and content labels over the dev examples, given the annotated cues.</summary>
    private static double RoleF1(PerceptronModel model, List<Prepared> devSet)
    {
        int gold = 0, predicted = 0, matched = 0;
        var features = new SentenceFeatures();
        foreach (var example in devSet)
            foreach (var role in example.Roles)
            {
                var sentence = example.Document.Sentences[role.Sentence];
                features.Load(example.Document, example.Marks, sentence);
                var labels = new int[role.Labels.Length];
                AttributionModel.TagRoles(model, features, sentence, role.CueFirst, role.CueEnd, labels);
                for (int i = 0; i < labels.Length; i++)
                {
                    if (role.Labels[i] != AttributionLabels.Outside) gold++;
                    if (labels[i] != AttributionLabels.Outside) predicted++;
                    if (labels[i] != AttributionLabels.Outside && labels[i] == role.Labels[i]) matched++;
                }
            }
        return F1(matched, predicted, matched, gold);
    }

    private static double F1(int rightOfPredicted, int predicted, int rightOfGold, int gold)
    {
        double precision = predicted == 0 ? 0 : (double)rightOfPredicted / predicted;
        double recall = gold == 0 ? 0 : (double)rightOfGold / gold;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
