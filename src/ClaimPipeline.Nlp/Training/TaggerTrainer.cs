using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Training;

/// <summary>
/// Trains a greedy sequence tagger with the averaged perceptron. Each epoch visits the documents in an order
/// shuffled from <see cref="Seed"/>, tags each sentence with the current weights (so the label features see the
/// model's own earlier guesses, as at run time) and updates on every token whose guess was wrong. The same seed
/// and data give the same model, byte for byte. The model of the epoch with the best dev score is kept.
/// </summary>
public sealed class TaggerTrainer
{
    public required string[] Classes { get; init; }
    public required ISequenceFeatures Features { get; init; }
    public LabelConstraints Constraints { get; init; } = LabelConstraints.None;
    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 1;

    /// <summary>Decoding of the dev scoring and of the returned tagger (training itself tags greedily).</summary>
    public int Beam { get; init; } = 1;
    public float BeamTemperature { get; init; } = 1f;

    /// <summary>Averaged rows whose largest weight is below this are dropped from the shipped model.</summary>
    public float PruneBelow { get; init; } = 0.001f;

    /// <summary>Called after each epoch with the frozen model; returns its dev score (higher is better). Without it the last epoch is kept.</summary>
    public Func<SequenceTagger, double>? ScoreDev { get; init; }

    /// <summary>Called before each document is tagged, after its scratch is reset (a second pass records the first pass's labels here).</summary>
    public Action<TrainingDocument, TaggingScratch>? BeforeDocument { get; init; }

    public Action<EpochReport>? OnEpoch { get; init; }
    public Action<int, int>? OnProgress { get; init; }

    public SequenceTagger Train(IReadOnlyList<TrainingDocument> documents)
    {
        var perceptron = new AveragedPerceptron(Classes);
        var classIndex = Classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var random = new Random(Seed);
        var scratch = new TaggingScratch();
        var features = new ulong[Features.MaxFeatures];
        var scores = new float[Classes.Length];
        SequenceTagger? best = null;
        double bestScore = double.NegativeInfinity;

        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            for (int d = 0; d < order.Length; d++)
            {
                var training = documents[order[d]];
                var document = training.Document;
                scratch.Reset();
                scratch.Domain = training.Domain;
                BeforeDocument?.Invoke(training, scratch);
                for (int s = 0; s < document.Sentences.Length; s++)
                {
                    var sentence = document.Sentences[s];
                    var gold = training.Tags[s];
                    var labels = new int[sentence.TokenCount];
                    Features.BeginSentence(document, sentence, scratch);
                    for (int i = 0; i < labels.Length; i++)
                    {
                        int count = Features.Extract(document, sentence, sentence.FirstToken + i, labels.AsSpan(0, i), scratch, features);
                        var active = features.AsSpan(0, count);
                        perceptron.Score(active, scores);
                        // Training leaves the last label free; closing names at a sentence's end applies when tagging.
                        int guess = Constraints.Decide(scores, i > 0 ? labels[i - 1] : -1, last: false, Classes);
                        int truth = classIndex.TryGetValue(gold[i], out int g) ? g : 0;
                        perceptron.Update(active, truth, guess);
                        labels[i] = guess;
                        if (guess == truth) correct++;
                        total++;
                    }
                    Features.EndSentence(document, sentence, labels, scratch);
                }
                if ((d & 63) == 0) OnProgress?.Invoke(epoch, d);
            }
            var tagger = new SequenceTagger(perceptron.Freeze(PruneBelow), Features, Constraints, Beam, BeamTemperature);
            double dev = ScoreDev?.Invoke(tagger) ?? epoch;
            OnEpoch?.Invoke(new EpochReport(epoch, Epochs, total == 0 ? 0 : (double)correct / total, dev, tagger.Model.Features.Length));
            if (dev > bestScore)
            {
                bestScore = dev;
                best = tagger;
            }
        }
        return best ?? new SequenceTagger(perceptron.Freeze(PruneBelow), Features, Constraints, Beam, BeamTemperature);
    }

    /// <summary>Tags every sentence of the documents, returning the predicted labels per sentence.</summary>
    public static List<string[]> TagAll(DocumentTagger tagger, IEnumerable<TrainingDocument> documents)
    {
        var result = new List<string[]>();
        var scratch = new TaggingScratch();
        var classes = tagger.Classes;
        foreach (var training in documents)
        {
            scratch.Domain = training.Domain;
            foreach (var labels in tagger.Tag(training.Document, scratch))
                result.Add(labels.Select(l => classes[l]).ToArray());
        }
        return result;
    }

}
