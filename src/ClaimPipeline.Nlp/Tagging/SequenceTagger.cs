using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Left-to-right tagging: each token gets a label allowed after the previous one, with the labels already given as
/// features. Greedy by default; with a beam, the best few label sequences are kept, so that one early mistake does
/// not force a name to run on ("All-England Club ," once "Club" was not closed). Immutable; tag with a
/// <see cref="TaggingScratch"/> per document and thread.
/// </summary>
public sealed class SequenceTagger(PerceptronModel model, ISequenceFeatures features, LabelConstraints constraints, int beam = 1, float temperature = 1f)
{
    /// <summary>A hypothesis this many nats (natural-log units) below the best is dropped from the beam.</summary>
    public const double PruneBelowBest = 10;

    // Every class, for the labels allowed when there are no constraints.
    private readonly int[] _everyLabel = Enumerable.Range(0, model.ClassCount).ToArray();

    public PerceptronModel Model => model;
    public ISequenceFeatures Features => features;

    /// <summary>The same model and features, decoded with another beam width and temperature.</summary>
    public SequenceTagger WithDecoding(int width, float scale) => new(model, features, constraints, width, scale);

    /// <summary>Labels the tokens of <paramref name="sentence"/> into <paramref name="labels"/> (one per token of the sentence).</summary>
    public void Tag(Document document, SentenceSpan sentence, Span<int> labels, TaggingScratch scratch)
    {
        if (beam > 1 && sentence.TokenCount > 1)
        {
            TagBeam(document, sentence, labels, scratch, beam);
            return;
        }
        int classes = model.ClassCount;
        Span<ulong> buffer = stackalloc ulong[features.MaxFeatures];
        Span<float> scores = stackalloc float[classes];
        features.BeginSentence(document, sentence, scratch);
        for (int i = 0; i < sentence.TokenCount; i++)
        {
            int count = features.Extract(document, sentence, sentence.FirstToken + i, labels[..i], scratch, buffer);
            model.Score(buffer[..count], scores);
            labels[i] = constraints.Decide(scores, i > 0 ? labels[i - 1] : -1, i == sentence.TokenCount - 1, model.Classes);
        }
        features.EndSentence(document, sentence, labels[..sentence.TokenCount], scratch);
    }

    private void TagBeam(Document document, SentenceSpan sentence, Span<int> labels, TaggingScratch scratch, int width)
    {
        int classes = model.ClassCount, n = sentence.TokenCount;
        var state = scratch.Beam.Ensure(width, n, classes, features.MaxFeatures);
        var buffer = state.Features.AsSpan();
        var scores = state.Scores;
        var fixedScores = state.FixedScores;
        var split = features as ISplitSequenceFeatures;
        var beamLabels = state.Labels;
        var parents = state.Parents;
        var totals = state.Totals;
        var nextTotals = state.NextTotals;
        Span<int> history = split is null ? new int[n] : default; // only features that cannot split read whole label prefixes
        int alive = 1;
        features.BeginSentence(document, sentence, scratch);
        for (int i = 0; i < n; i++)
        {
            int token = sentence.FirstToken + i;
            bool last = i == n - 1;
            int kept = 0, row = i * width;
            if (split is not null) model.Score(buffer[..split.ExtractFixed(document, sentence, token, scratch, buffer)], fixedScores);
            for (int h = 0; h < alive; h++)
            {
                int previous = i > 0 ? beamLabels[(i - 1) * width + h] : -1;
                if (split is not null)
                {
                    int beforePrevious = i > 1 ? beamLabels[(i - 2) * width + parents[(i - 1) * width + h]] : -1;
                    model.Score(buffer[..split.ExtractHistory(document, sentence, token, previous, beforePrevious, scratch, buffer)], scores);
                    for (int c = 0; c < classes; c++) scores[c] += fixedScores[c];
                }
                else
                {
                    Trace(h, i, width, beamLabels, parents, history);
                    model.Score(buffer[..features.Extract(document, sentence, token, history[..i], scratch, buffer)], scores);
                }
                // Normalise over the labels allowed here only: training never pushes down a label the constraints
                // rule out, so its raw score means nothing.
                var allowed = constraints.AllowedAfter(previous) ?? _everyLabel;
                float max = float.NegativeInfinity;
                foreach (int c in allowed) max = Math.Max(max, scores[c]);
                max /= temperature;
                // Labels far below the best add nothing measurable to the sum (e^-20 is 2e-9): skip their exp.
                float sum = 0;
                foreach (int c in allowed)
                {
                    float scaled = scores[c] / temperature;
                    if (scaled > max - 20f) sum += MathF.Exp(scaled - max);
                }
                double norm = max + MathF.Log(sum);
                foreach (int c in allowed)
                {
                    if (last && !constraints.CanEnd(c)) continue;
                    double total = totals[h] + scores[c] / temperature - norm;
                    // Insert into the kept candidates, best first.
                    int at = kept;
                    while (at > 0 && nextTotals[at - 1] < total) at--;
                    if (at >= width) continue;
                    for (int k = Math.Min(kept, width - 1); k > at; k--)
                    {
                        nextTotals[k] = nextTotals[k - 1];
                        parents[row + k] = parents[row + k - 1];
                        beamLabels[row + k] = beamLabels[row + k - 1];
                    }
                    nextTotals[at] = total;
                    parents[row + at] = h;
                    beamLabels[row + at] = c;
                    if (kept < width) kept++;
                }
            }
            if (kept == 0)
            {
                // No allowed label (cannot happen with well-formed constraints): continue the best hypothesis greedily.
                kept = 1;
                parents[row] = 0;
                beamLabels[row] = AveragedPerceptron.ArgMax(scores);
                nextTotals[0] = totals[0];
            }
            // Sequences far less likely than the best cannot catch up in practice: dropping them makes the many
            // tokens where the beam agrees cheaper.
            while (kept > 1 && nextTotals[kept - 1] < nextTotals[0] - PruneBelowBest) kept--;
            Array.Copy(nextTotals, totals, kept);
            alive = kept;
        }
        Trace(0, n, width, beamLabels, parents, labels);
        features.EndSentence(document, sentence, labels[..n], scratch);
    }

    /// <summary>The labels of hypothesis <paramref name="h"/> kept after token <paramref name="end"/> - 1, read back through the parents.</summary>
    private static void Trace(int h, int end, int width, int[] beamLabels, int[] parents, Span<int> labels)
    {
        for (int i = end - 1; i >= 0; i--)
        {
            labels[i] = beamLabels[i * width + h];
            h = parents[i * width + h];
        }
    }
}
