using ClaimPipeline.Nlp.Training.Corpora;

namespace ClaimPipeline.Nlp.Tests.Training;

public sealed class BioSpansTests
{
    [Fact]
    public void Extract_WellFormedBio_ReturnsHalfOpenSpans()
    {
        string[] tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"];

        Assert.Equal([(0, 2, "PER"), (3, 4, "LOC"), (4, 6, "LOC")], BioSpans.Extract(tags));
    }

    [Fact]
    public void Extract_IWithoutMatchingStart_StartsNewEntity()
    {
        string[] tags = ["I-ORG", "I-ORG", "O", "I-PER", "B-LOC", "I-MISC"];

        Assert.Equal([(0, 2, "ORG"), (3, 4, "PER"), (4, 5, "LOC"), (5, 6, "MISC")], BioSpans.Extract(tags));
    }

    [Fact]
    public void Extract_EntityAtEnd_IsClosed()
    {
        Assert.Equal([(1, 3, "MISC")], BioSpans.Extract(["O", "B-MISC", "I-MISC"]));
    }

    [Fact]
    public void Extract_AllO_ReturnsNoSpans()
    {
        Assert.Empty(BioSpans.Extract(["O", "O"]));
        Assert.Empty(BioSpans.Extract([]));
    }

    [Fact]
    public void RepairTags_Iob1_BecomesBioWithSameSpans()
    {
        string[] iob1 = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"];

        var repaired = BioSpans.RepairTags(iob1);

        Assert.Equal(["B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG"], repaired);
        Assert.Equal(BioSpans.Extract(iob1), BioSpans.Extract(repaired));
    }
}
