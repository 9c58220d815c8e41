using ClaimPipeline.Nlp.Training.Corpora;

namespace ClaimPipeline.Nlp.Tests.Training;

public sealed class EntityTypeMapTests
{
    [Theory]
    [InlineData("PER", "PER")]
    [InlineData("Person", "PER")]
    [InlineData("per", "PER")]
    [InlineData("B-per", "PER")]
    [InlineData("ORG", "ORG")]
    [InlineData("Organization", "ORG")]
    [InlineData("org", "ORG")]
    [InlineData("LOC", "LOC")]
    [InlineData("Location", "LOC")]
    [InlineData("GPE", "LOC")]
    [InlineData("gpe", "LOC")]
    [InlineData("geo", "LOC")]
    [InlineData("Facility", "LOC")]
    [InlineData("fac", "LOC")]
    [InlineData("MISC", "MISC")]
    [InlineData("Misc", "MISC")]
    [InlineData("NORP", "MISC")]
    [InlineData("Product", "MISC")]
    [InlineData("Event", "MISC")]
    [InlineData("eve", "MISC")]
    [InlineData("art", "MISC")]
    [InlineData("nat", "MISC")]
    public void ToConll_KnownType_ReturnsConllType(string type, string expected)
    {
        Assert.Equal(expected, EntityTypeMap.ToConll(type));
    }

    [Theory]
    [InlineData("Date")]
    [InlineData("Money")]
    [InlineData("Time")]
    [InlineData("tim")]
    [InlineData("Percent")]
    [InlineData("Quantity")]
    [InlineData("Spaceship")]
    [InlineData("")]
    public void ToConll_DroppedOrUnknownType_ReturnsNull(string type)
    {
        Assert.Null(EntityTypeMap.ToConll(type));
    }

    [Fact]
    public void MapTags_MixedTypes_MapsAndDropsTypes()
    {
        string[] tags = ["B-Person", "I-Person", "O", "B-Date", "I-Date", "B-Facility", "I-Facility", "B-NORP"];

        Assert.Equal(["B-PER", "I-PER", "O", "O", "O", "B-LOC", "I-LOC", "B-MISC"], EntityTypeMap.MapTags(tags));
    }

    [Fact]
    public void MapTags_MergedTypesAndDroppedStarts_RepairIToB()
    {
        // Location then Facility both become LOC; the I-Facility still belongs to its own entity.
        string[] tags = ["B-Location", "B-Facility", "I-Facility", "I-Money", "I-Organization", "I-Person"];

        Assert.Equal(["B-LOC", "B-LOC", "I-LOC", "O", "B-ORG", "B-PER"], EntityTypeMap.MapTags(tags));
    }
}
