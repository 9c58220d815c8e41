using ClaimPipeline.Cli.Gazetteers;

namespace ClaimPipeline.Cli.Tests.Gazetteers;

public sealed class TitleCaseTests
{
    [Theory]
    [InlineData("manchester united", "Manchester United")]
    [InlineData("bay of pigs", "Bay of Pigs")]
    [InlineData("the beatles", "The Beatles")]
    [InlineData("u.s. open", "U.S. Open")]
    [InlineData("jean-pierre o'neil", "Jean-Pierre O'Neil")]
    [InlineData("mcdonald", "McDonald")]
    [InlineData("bbc world service", "BBC World Service")]
    [InlineData("\"weird al\" yankovic", "\"Weird Al\" Yankovic")]
    [InlineData("henry viii", "Henry VIII")]
    public void Apply_WritesNamesAsRunningTextCapitalisesThem(string lower, string expected) =>
        Assert.Equal(expected, TitleCase.Apply(lower));
}
