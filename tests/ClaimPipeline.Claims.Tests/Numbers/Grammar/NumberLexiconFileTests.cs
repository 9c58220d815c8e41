using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Tests.Numbers.Grammar;

/// <summary>The number stage's own lexicon formats: unit kinds and role files.</summary>
public sealed class NumberLexiconFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-numbers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void UnitKinds_TheShippedList_SaysWhatEachKindDoes()
    {
        var kinds = HandBuilt.Lexicons.UnitKinds;
        Assert.True(kinds.CountsNothing("year"));
        Assert.True(kinds.CountsNothing("yuan"));
        Assert.True(kinds.CountsNothing("date"));
        Assert.False(kinds.CountsNothing("people"));
        Assert.False(kinds.CountsNothing("basis point"));
        Assert.True(kinds.CarriesToCounts("dollar"));
        Assert.True(kinds.CarriesToCounts("nomination"));
        Assert.False(kinds.CarriesToCounts("percent"));
        Assert.False(kinds.CarriesToCounts("decade"));
        Assert.True(kinds.SignsAChange("basis point"));
        Assert.True(kinds.SignsAChange("point"));
        Assert.False(kinds.SignsAChange("c"));
        Assert.False(kinds.SignsAChange(null));
        Assert.True(kinds.EndsARate("hour"));
        Assert.False(kinds.EndsARate("decade"));
    }

    [Fact]
    public void ChangeWords_TheShippedList_KeepsEachPlaceApart()
    {
        var words = HandBuilt.Lexicons.ChangeWords;
        Assert.True(words.TryGet("raised", out var raised));
        Assert.Equal(new ChangeWord(null, null, null, "up"), raised); // only with "by": "raised £5m" is an amount
        Assert.True(words.TryGet("crashed", out var crashed));
        Assert.Equal(new ChangeWord("down", null, null), crashed); // "two planes crashed": no change after a number
        Assert.True(words.TryGet("rally", out var rally));
        Assert.Null(rally.Of); // "a rally of 5,000 people"
    }

    [Theory]
    [InlineData("year\tweekly\n")]
    [InlineData("year\t1\n")]
    [InlineData("year\ttime\tyes\n")]
    [InlineData("year\n")]
    public void UnitKinds_Load_MalformedLine_NamesFileAndLine(string content)
    {
        var path = Write("unit-kinds.tsv", "# kinds\n" + content);
        var error = Assert.Throws<LexiconException>(() => UnitKinds.Load(path));
        Assert.StartsWith(path + ":2:", error.Message);
    }

    [Fact]
    public void RoleFile_Read_KeepsHashAsAWordAndCase()
    {
        var path = Write("roles.tsv", "# a comment\nreference\t#\nreference\tNo.\nclock\tGMT\n");
        var roles = RoleFile.Read(path, "reference", "clock", "street");
        Assert.True(roles["reference"].Contains("#"));
        Assert.True(roles["reference"].Contains("No."));
        Assert.False(roles["reference"].Contains("no."));
        Assert.True(roles["clock"].Contains("GMT"));
        Assert.Equal(0, roles["street"].Count);
    }

    [Fact]
    public void RoleFile_Read_UnknownRole_NamesFileLineAndTheRoles()
    {
        var path = Write("roles.tsv", "clock\tGMT\nclocks\tBST\n");
        var error = Assert.Throws<LexiconException>(() => RoleFile.Read(path, "clock", "street"));
        Assert.Equal($"{path}:2: unknown role 'clocks' (expected clock, street)", error.Message);
    }
}
