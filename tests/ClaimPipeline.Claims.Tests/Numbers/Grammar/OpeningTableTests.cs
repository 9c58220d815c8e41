using ClaimPipeline.Claims.Numbers;

namespace ClaimPipeline.Claims.Tests.Numbers.Grammar;

public sealed class OpeningTableTests
{
    private static readonly OpeningTable<string> Table = new(["digits", "a-words", "a-or-t-words"], r => r switch
    {
        "digits" => "0123456789",
        "a-words" => "a",
        _ => "aT",
    });

    [Theory]
    [InlineData("about 20 Tens", "about", "a-words,a-or-t-words")]
    [InlineData("About 20 Tens", "About", "a-words,a-or-t-words")]
    [InlineData("about 20 Tens", "20", "digits")]
    [InlineData("about 20 tens", "tens", "a-or-t-words")]
    [InlineData("about 20 tens", "about", "a-words,a-or-t-words")]
    [InlineData("the ſix of us", "of", "")]
    [InlineData("the ſix of us", "ſix", "digits,a-words,a-or-t-words")] // outside ASCII: every reader, in order
    public void At_GivesTheReadersOfTheFirstCharacter_InEitherCase(string text, string token, string readers)
    {
        var document = HandBuilt.Text(text);
        Assert.Equal(readers, string.Join(',', Table.At(document, document.Token(token))));
    }
}
