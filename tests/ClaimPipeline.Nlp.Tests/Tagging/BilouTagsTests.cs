using ClaimPipeline.Nlp.Tagging;

namespace ClaimPipeline.Nlp.Tests.Tagging;

public sealed class BilouTagsTests
{
    [Fact]
    public void FromBio_MarksLastAndSingleTokens_AndToBioRestores()
    {
        string[] bio = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-LOC", "O", "I-ORG"];
        var bilou = BilouTags.FromBio(bio);
        Assert.Equal(["B-PER", "L-PER", "O", "U-LOC", "B-LOC", "I-LOC", "L-LOC", "O", "U-ORG"], bilou);
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-LOC", "O", "B-ORG"], BilouTags.ToBio(bilou));
    }

    [Fact]
    public void Constraints_AllowOnlyWellFormedSequences()
    {
        var labels = BilouTags.Labels(["PER", "LOC"]);
        var constraints = LabelConstraints.Bilou(labels);
        int Index(string label) => Array.IndexOf(labels, label);
        Assert.True(constraints.Allowed(-1, Index("B-PER")));
        Assert.False(constraints.Allowed(-1, Index("I-PER")));
        Assert.True(constraints.Allowed(Index("B-PER"), Index("L-PER")));
        Assert.False(constraints.Allowed(Index("B-PER"), Index("L-LOC")));
        Assert.False(constraints.Allowed(Index("B-PER"), Index("O")));
        Assert.True(constraints.Allowed(Index("U-PER"), Index("B-LOC")));
        Assert.False(constraints.CanEnd(Index("I-LOC"), labels));
        Assert.True(LabelConstraints.None.Allowed(3, 1));
    }
}
