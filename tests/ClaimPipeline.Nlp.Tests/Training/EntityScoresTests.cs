using ClaimPipeline.Nlp.Training.Evaluation;

namespace ClaimPipeline.Nlp.Tests.Training;

public sealed class EntityScoresTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Add_WrongBoundaryAndWrongType_CountAsErrors()
    {
        var scores = new EntityScores();
        //                 PER 0-2 correct   LOC 3-5 boundary wrong    ORG 6 typed as MISC
        string[] gold = ["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "B-ORG"];
        string[] pred = ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-MISC"];

        scores.Add(gold, pred);

        Assert.Equal(
            [
                new TypeScore("LOC", 1, 1, 0),
                new TypeScore("MISC", 0, 1, 0),
                new TypeScore("ORG", 1, 0, 0),
                new TypeScore("PER", 1, 1, 1),
            ],
            scores.ByType);
        Assert.Equal(new TypeScore("ALL", 3, 3, 1), scores.Overall);
        Assert.Equal(1.0 / 3, scores.Overall.Precision, Tolerance);
        Assert.Equal(1.0 / 3, scores.Overall.Recall, Tolerance);
        Assert.Equal(1.0 / 3, scores.Overall.F1, Tolerance);
    }

    [Fact]
    public void Add_SeveralSentences_AccumulatesMicroAverage()
    {
        var scores = new EntityScores();
        scores.Add(["B-PER", "O", "B-ORG"], ["B-PER", "O", "B-ORG"]);
        scores.Add(["B-PER", "I-PER", "O"], ["B-PER", "O", "B-PER"]);
        scores.Add(["O", "O", "O"], ["O", "O", "O"]);

        var person = Assert.Single(scores.ByType, s => s.Type == "PER");
        Assert.Equal(new TypeScore("PER", 2, 3, 1), person);
        Assert.Equal(1.0 / 3, person.Precision, Tolerance);
        Assert.Equal(0.5, person.Recall, Tolerance);
        Assert.Equal(0.4, person.F1, Tolerance);

        var overall = scores.Overall;
        Assert.Equal(new TypeScore("ALL", 3, 4, 2), overall);
        Assert.Equal(0.5, overall.Precision, Tolerance);
        Assert.Equal(2.0 / 3, overall.Recall, Tolerance);
        Assert.Equal(4.0 / 7, overall.F1, Tolerance);
    }

    [Fact]
    public void Add_IobStyleIInPrediction_IsReadLeniently()
    {
        var scores = new EntityScores();
        scores.Add(["B-LOC", "I-LOC"], ["I-LOC", "I-LOC"]);

        Assert.Equal(new TypeScore("ALL", 1, 1, 1), scores.Overall);
    }

    [Fact]
    public void Overall_NothingAdded_IsZeroWithoutDividingByZero()
    {
        var scores = new EntityScores();

        Assert.Empty(scores.ByType);
        Assert.Equal(0, scores.Overall.Precision);
        Assert.Equal(0, scores.Overall.Recall);
        Assert.Equal(0, scores.Overall.F1);
    }

    [Fact]
    public void Add_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => new EntityScores().Add(["O"], ["O", "O"]));
    }
}
