using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Nlp.Tests.Entities;

public sealed class TypedGazetteerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claims-gazetteer-" + Guid.NewGuid().ToString("N") + ".tsv");

    public void Dispose() => File.Delete(_path);

    private TypedGazetteer Load(string table)
    {
        File.WriteAllText(_path, table);
        return TypedGazetteer.Load(_path, TestStages.Tokenizer);
    }

    private static Document Tokenized(string text)
    {
        var document = new Document("t", text);
        TestStages.Tokenizer.Process(document, CancellationToken.None);
        return document;
    }

    private const string Table = "# Typed gazetteer\n# Rebuild: claims train gazetteers --out x\n"
        + "New York\tcity,region\nNew York Yankees\tsports-team,wiki\nSmith\tfirst-name,last-name\nU.S.\tcountry\n";

    [Fact]
    public void Match_PrefersTheLongestPhrase_AndReturnsAllItsClasses()
    {
        var gazetteer = Load(Table);
        var document = Tokenized("The New York Yankees beat New York teams, Smith said.");
        Assert.Equal(4, gazetteer.Count);

        Assert.Equal(3, gazetteer.Match(document, 1, document.Tokens.Length, out int yankees));
        Assert.Equal(GazetteerClasses.SportsTeam | GazetteerClasses.Wiki, yankees);
        // At "New York teams" only the two-word city matches; a limit before "Yankees" cuts the longer one too.
        Assert.Equal(2, gazetteer.Match(document, 5, document.Tokens.Length, out int city));
        Assert.Equal(GazetteerClasses.City | GazetteerClasses.Region, city);
        Assert.Equal(2, gazetteer.Match(document, 1, 3, out _));
        Assert.Equal(0, gazetteer.Match(document, 0, document.Tokens.Length, out int none));
        Assert.Equal(0, none);
        int smith = Array.FindIndex(document.Tokens, t => document.Text[t.Start..t.End] == "Smith");
        Assert.Equal(1, gazetteer.Match(document, smith, document.Tokens.Length, out int names));
        Assert.Equal(GazetteerClasses.FirstName | GazetteerClasses.LastName, names);
    }

    [Fact]
    public void Match_IsCaseSensitive_MatchIgnoringCaseIsNot()
    {
        var gazetteer = Load(Table);
        var headline = Tokenized("NEW YORK YANKEES WIN IN THE U.S.");
        Assert.Equal(0, gazetteer.Match(headline, 0, headline.Tokens.Length, out _));
        Assert.Equal(3, gazetteer.MatchIgnoringCase(headline, 0, headline.Tokens.Length, out int mask));
        Assert.Equal(GazetteerClasses.SportsTeam | GazetteerClasses.Wiki, mask);
        var lower = Tokenized("new york");
        Assert.Equal(2, gazetteer.MatchIgnoringCase(lower, 0, lower.Tokens.Length, out int city));
        Assert.Equal(GazetteerClasses.City | GazetteerClasses.Region, city);
    }

    [Fact]
    public void Load_PhrasesThatTokenizeAlike_KeepTheClassesOfBoth()
    {
        // Two spaces tokenize as one: both lines are the phrase "New York".
        var gazetteer = Load("New York\tcity\nNew  York\tregion\nNEW YORK\tplace\n");
        var document = Tokenized("New York");
        Assert.Equal(2, gazetteer.Match(document, 0, 2, out int exact));
        Assert.Equal(GazetteerClasses.City | GazetteerClasses.Region, exact);
        Assert.Equal(2, gazetteer.MatchIgnoringCase(document, 0, 2, out int anyCase));
        Assert.Equal(GazetteerClasses.City | GazetteerClasses.Region | GazetteerClasses.Place, anyCase);
    }

    [Fact]
    public void Load_UnknownClassOrNoTab_NamesTheLine()
    {
        var unknown = Assert.Throws<LexiconException>(() => Load("# header\nParis\tcity\nLyon\tcity,town\n"));
        Assert.Equal($"{_path}:3: unknown gazetteer class 'town'", unknown.Message);
        var noTab = Assert.Throws<LexiconException>(() => Load("Paris city\n"));
        Assert.Equal($"{_path}:1: expected phrase<TAB>classes", noTab.Message);
    }

    [Fact]
    public void Classes_FormatSortsNames_BitOfReadsThemBack()
    {
        int mask = GazetteerClasses.Wiki | GazetteerClasses.City | GazetteerClasses.Country;
        Assert.Equal("city,country,wiki", GazetteerClasses.Format(mask));
        Assert.Equal(mask, "city,country,wiki".Split(',').Sum(n => GazetteerClasses.BitOf(n)));
        Assert.Equal(0, GazetteerClasses.BitOf("town"));
    }
}
