using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Claims.Numbers.Qualifiers;
using ClaimPipeline.Claims.Numbers.Readers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers.Grammar;

/// <summary>The readers around a number: currency sign, unit, range, ratio, age and "ago".</summary>
public sealed class QuantityPartReaderTests
{
    private static readonly NumberLexicons Lexicons = HandBuilt.Lexicons;
    private static readonly SecondNumberReader Second = new(HandBuilt.Grammar.Numbers, HandBuilt.Grammar.Units, HandBuilt.Lexicons.CurrencyWords);

    /// <summary>The draft with its unit read, as the compound readers get it.</summary>
    private static QuantityDraft WithUnit(Document document, string token)
    {
        var quantity = document.Draft(token);
        var (unit, end) = HandBuilt.Grammar.Units.Read(document, quantity.Number, null, quantity.End, document.SentenceOf(quantity.Start).EndToken);
        quantity.Unit = unit;
        quantity.End = Math.Max(quantity.End, end);
        return quantity;
    }

    [Theory]
    [InlineData("The city spent $800 million on it.", "$", "dollar", 1, false)]
    [InlineData("Fees came to US $5m in total.", "US", "dollar", 2, false)]
    [InlineData("The bank lost -\u00A33bn last year.", "-", "pound", 2, true)]
    [InlineData("The bank lost 3bn last year.", "3bn", null, 0, false)]
    public void CurrencyPrefix_GivesTheUnitAndWhereTheNumberStarts(string text, string first, string? currency, int skipped, bool minus)
    {
        var document = HandBuilt.Text(text);
        int t = document.Token(first);
        var quantity = new QuantityDraft { Start = t };
        Assert.True(new CurrencyPrefix(Lexicons.CurrencyWords).Read(document, t, document.Tokens.Length, ref quantity));
        Assert.Equal(currency, quantity.Currency);
        Assert.Equal(t + skipped, quantity.NumberStart);
        Assert.Equal(minus, quantity.MinusBeforeCurrency);
    }

    [Fact]
    public void CurrencyPrefix_FailsWhenTheSentenceEndsAfterTheSign()
    {
        var document = HandBuilt.Text("It cost $");
        var quantity = new QuantityDraft();
        Assert.False(new CurrencyPrefix(Lexicons.CurrencyWords).Read(document, document.Token("$"), document.Tokens.Length, ref quantity));
    }

    [Theory]
    [InlineData("Inflation is 3 per cent this year.", "3", "percent", "3 per cent")]
    [InlineData("Tuition costs \u00A33,000 a year now.", "3,000", "pound per year", "3,000 a year")]
    [InlineData("They visited 43 developing countries.", "43", "country", "43 developing countries")]
    [InlineData("Thousands of public bodies closed.", "Thousands", "body", "Thousands of public bodies")]
    public void UnitReader_ReadsTheUnitAfterTheNumber(string text, string number, string unit, string words)
    {
        var document = HandBuilt.Text(text).Tag("developing", "VERB").Tag("countries", "NOUN").Tag("public", "ADJ").Tag("bodies", "NOUN");
        var quantity = document.Draft(number);
        string? currency = text.Contains('\u00A3') ? "pound" : null;
        var (read, end) = HandBuilt.Grammar.Units.Read(document, quantity.Number, currency, quantity.End, document.Tokens.Length);
        Assert.Equal(unit, read);
        Assert.Equal(words, document.Words(quantity.Start, end));
    }

    [Fact]
    public void UnitReader_WithoutTags_ReadsOnlyLexiconUnits()
    {
        var document = HandBuilt.Text("They visited 43 developing countries.");
        var quantity = document.Draft("43");
        Assert.Null(HandBuilt.Grammar.Units.Read(document, quantity.Number, null, quantity.End, document.Tokens.Length).Unit);
    }

    [Theory]
    [InlineData("The road is 252 to 287 miles long.", "252", 287, "mile")]
    [InlineData("The crowd was between 5,000 and 8,000 people.", "5,000", 8000, "people")]
    [InlineData("Growth will be 4.7%-4.8% next year.", "4.7", 4.8, "percent")]
    [InlineData("Between 5 and 10 people came.", "5", 10, "people")]       // "between" opening the sentence
    [InlineData("The range is 20 through 100 points.", "20", 100, "point")]
    [InlineData("Nurses work 8- to 10-hour shifts.", "8", 10, "hour")]       // a suspended hyphen
    [InlineData("Rates of 5%/10% apply.", "5", 10, "percent")]             // alternatives of one unit
    public void ToRangeReader_ReadsTheOtherEnd(string text, string first, double high, string unit)
    {
        var document = HandBuilt.Text(text).Tag("people", "NOUN");
        var quantity = WithUnit(document, first);
        Assert.True(new ToRangeReader(Second, new ChangeWordBefore(Lexicons)).Read(document, document.SentenceOf(quantity.Start), ref quantity));
        Assert.Equal(high, quantity.High);
        Assert.Equal(unit, quantity.Unit);
    }

    [Theory]
    [InlineData("Sales rose 2% to 5% in May.", "2")]          // a change and a level
    [InlineData("The index went from 2% to 5% in May.", "2")]  // "from … to" is the next reader's
    [InlineData("They won 5 to 2010 votes.", "5")]            // a year is no second number
    [InlineData("The ratio is 3/5 today.", "3")]              // a slash without a unit
    [InlineData("It cost 5%/$10 today.", "5")]                // a slash between two units
    public void ToRangeReader_LeavesChangesFromAndYears(string text, string first)
    {
        var document = HandBuilt.Text(text);
        var quantity = WithUnit(document, first);
        Assert.False(new ToRangeReader(Second, new ChangeWordBefore(Lexicons)).Read(document, document.SentenceOf(quantity.Start), ref quantity));
        Assert.Null(quantity.High);
    }

    [Theory]
    [InlineData("It cut its stake from 75% to 60% in May.", "75", 60.0, true)]
    [InlineData("It cut its stake from 75% in May to 60% in June.", "75", 60.0, true)]
    [InlineData("It cut its stake from 75%, and then to 60%.", "75", null, false)]
    public void FromToRangeReader_ReadsTheEndOfOneMeasure(string text, string first, double? high, bool read)
    {
        var document = HandBuilt.Text(text);
        var quantity = WithUnit(document, first);
        Assert.Equal(read, new FromToRangeReader(Second).Read(document, document.SentenceOf(quantity.Start), ref quantity));
        Assert.Equal(high, quantity.High);
    }

    [Theory]
    [InlineData("The club needs 1 to 2 thousand members.", "1", 1000, 2000)]
    [InlineData("It grew from 500 to 2 million users.", "500", 500, 2e6)]   // 500 million would pass 2 million
    [InlineData("It took two to three million years.", "two", 2e6, 3e6)]
    public void RangeReaders_ApplyAScaleWrittenOnlyAfterTheUpperEnd(string text, string first, double low, double high)
    {
        var document = HandBuilt.Text(text);
        var quantity = WithUnit(document, first);
        var sentence = document.SentenceOf(quantity.Start);
        Assert.True(new ToRangeReader(Second, new ChangeWordBefore(Lexicons)).Read(document, sentence, ref quantity)
            || new FromToRangeReader(Second).Read(document, sentence, ref quantity));
        Assert.Equal(low, quantity.Number.Value);
        Assert.Equal(high, quantity.High);
    }

    /// <summary>A level "of" as the article's last word: the reader looked one token past the end and the article failed.</summary>
    [Fact]
    public void FromToRangeReader_LevelOfEndingTheArticle_ReadsNoRange()
    {
        var document = HandBuilt.Text("It fell from 5% to the level of");
        var quantity = WithUnit(document, "5");
        Assert.False(new FromToRangeReader(Second).Read(document, document.SentenceOf(quantity.Start), ref quantity));
        Assert.Equal(5.0, Assert.Single(HandBuilt.Numbers("It fell from 5% to the level of")).Quantity);
    }

    [Fact]
    public void RatioReader_GivesTheFirstTermTheSecondsUnit()
    {
        var document = HandBuilt.Text("It hit one in 10,000 consoles and two in 5 homes.").Tag("consoles", "NOUN").Tag("homes", "NOUN");
        var one = WithUnit(document, "one");
        Assert.True(new RatioReader(Second).Read(document, document.SentenceOf(one.Start), ref one));
        Assert.Equal("console", one.Unit);
        var two = WithUnit(document, "two");
        Assert.False(new RatioReader(Second).Read(document, document.SentenceOf(two.Start), ref two));
    }

    [Theory]
    [InlineData("Mr Ortiz, 63, denied the charges.", "63")]
    [InlineData("A boy aged 14 was hurt.", "14")]
    [InlineData("He died in Lisbon at 50.", "50")]
    public void AgeReader_ReadsAnAge(string text, string number)
    {
        var document = HandBuilt.Text(text).Tag("Ortiz", "PROPN");
        var quantity = document.Draft(number);
        Assert.Equal("year", new AgeReader(Lexicons).Unit(document, document.SentenceOf(quantity.Start), quantity));
    }

    [Fact]
    public void AgeReader_ReadsABoundAfterANounForPeople_NotAfterOtherNouns()
    {
        var document = HandBuilt.Text("Many people over 60 and prices over 60 rose.");
        var people = document.Draft("60");
        people.First = document.Token("over");
        Assert.Equal("year", new AgeReader(Lexicons).Unit(document, document.SentenceOf(people.Start), people));
        var prices = document.Draft("60", 1);
        prices.First = document.Token("over", 1);
        Assert.Null(new AgeReader(Lexicons).Unit(document, document.SentenceOf(prices.Start), prices));
    }

    [Fact]
    public void AgeReader_LeavesSpelledAndLargeNumbersAndNumbersAfterACommonWord()
    {
        var document = HandBuilt.Text("Sales, 63, fell; Mr Ortiz, 630, and Mr Ruiz, sixty, spoke.").Tag("Ortiz", "PROPN").Tag("Ruiz", "PROPN");
        foreach (var number in new[] { "63", "630", "sixty" })
        {
            var quantity = document.Draft(number);
            Assert.Null(new AgeReader(Lexicons).Unit(document, document.SentenceOf(quantity.Start), quantity));
        }
    }

    [Fact]
    public void AgoReader_JoinsAgoAndResolvesItsTime()
    {
        var dated = HandBuilt.Text("He was arrested 11 years ago in Karachi.", new DateOnly(2021, 8, 24));
        var quantity = dated.Draft("11");
        quantity.Unit = "year";
        quantity.End = dated.Token("ago");
        new AgoReader().Read(dated, dated.SentenceOf(quantity.Start), ref quantity);
        Assert.Equal("2010", quantity.Time);
        Assert.Equal("11 years ago", dated.Words(quantity.Start, quantity.End));

        var undated = HandBuilt.Text("He was arrested 11 years ago in Karachi.");
        var written = undated.Draft("11");
        written.Unit = "year";
        written.End = undated.Token("ago");
        new AgoReader().Read(undated, undated.SentenceOf(written.Start), ref written);
        Assert.Equal("11 years ago", written.Time);
    }

    [Fact]
    public void AgoReader_NeedsAUnit()
    {
        var document = HandBuilt.Text("That was 11 ago.");
        var quantity = document.Draft("11");
        new AgoReader().Read(document, document.SentenceOf(quantity.Start), ref quantity);
        Assert.Null(quantity.Time);
        Assert.Equal(document.Token("ago"), quantity.End);
    }
}
