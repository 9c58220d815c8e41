using ClaimPipeline.Nlp.Training.Evaluation;

namespace ClaimPipeline.Nlp.Tests.Training;

public sealed class TagAccuracyTests
{
    [Fact]
    public void Add_TwoSentences_CountsMatchingTags()
    {
        var accuracy = new TagAccuracy();
        accuracy.Add(["NOUN", "VERB", "PUNCT"], ["NOUN", "NOUN", "PUNCT"]);
        accuracy.Add(["DET"], ["DET"]);

        Assert.Equal(3, accuracy.Correct);
        Assert.Equal(4, accuracy.Total);
        Assert.Equal(0.75, accuracy.Accuracy, 1e-9);
    }

    [Fact]
    public void Accuracy_NothingAdded_IsZero()
    {
        Assert.Equal(0, new TagAccuracy().Accuracy);
    }

    [Fact]
    public void Add_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TagAccuracy().Add(["X"], []));
    }
}
