using ClaimPipeline.Nlp.Training.Corpora;

namespace ClaimPipeline.Nlp.Training.Evaluation;

/// <summary>
/// CoNLL-style exact-span entity scoring: a predicted entity is correct only when its start, end and type
/// all match a gold entity. Accumulates over any number of sentences.
/// </summary>
public sealed class EntityScores
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _countsByType = new(StringComparer.Ordinal);

    public void Add(string[] goldTags, string[] predictedTags)
    {
        ArgumentNullException.ThrowIfNull(goldTags);
        ArgumentNullException.ThrowIfNull(predictedTags);
        if (goldTags.Length != predictedTags.Length)
            throw new ArgumentException("Gold and predicted tags must have the same length.", nameof(predictedTags));

        var gold = BioSpans.Extract(goldTags);
        var predicted = BioSpans.Extract(predictedTags);
        var goldSet = gold.ToHashSet();

        foreach (var span in gold) Count(span.Type, gold: 1, predicted: 0, correct: 0);
        foreach (var span in predicted) Count(span.Type, gold: 0, predicted: 1, correct: goldSet.Contains(span) ? 1 : 0);
    }

    public IReadOnlyList<TypeScore> ByType =>
        _countsByType
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new TypeScore(pair.Key, pair.Value.Gold, pair.Value.Predicted, pair.Value.Correct))
            .ToList();

    /// <summary>Micro-averaged over all types.</summary>
    public TypeScore Overall =>
        new("ALL",
            _countsByType.Values.Sum(c => c.Gold),
            _countsByType.Values.Sum(c => c.Predicted),
            _countsByType.Values.Sum(c => c.Correct));

    private void Count(string type, int gold, int predicted, int correct)
    {
        var current = _countsByType.GetValueOrDefault(type);
        _countsByType[type] = (current.Gold + gold, current.Predicted + predicted, current.Correct + correct);
    }
}
