using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Claims.Numbers.Filters;
using ClaimPipeline.Claims.Numbers.Readers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers.Grammar;

/// <summary>Each value reader on its own, on hand-built documents: what it reads, and what it leaves to others.</summary>
public sealed class ValueReaderTests
{
    private static readonly NumberLexicons Lexicons = HandBuilt.Lexicons;

    private static NumberExpression? ReadAt(ValueReader reader, Document document, string token, int nth = 0)
    {
        int t = document.Token(token, nth);
        return reader.Read(document, t, document.SentenceOf(t).EndToken);
    }

    private static readonly DigitsReader Digits = new([new LeadingZeroFilter(), new ScoreFilter(), new DigitSuffixFilter()], Lexicons);

    [Theory]
    [InlineData("The agency counted 20,000 tents.", "20,000", 20000, null)]
    [InlineData("The firm lost 3bn pounds.", "3bn", 3e9, null)]
    [InlineData("The 47-year-old spoke.", "47-year-old", 47, "year-old")]
    [InlineData("She won the 60m hurdles.", "60m", 60, "m")]
    public void DigitsReader_ReadsDigitsScaleAndTokenUnit(string text, string token, double value, string? tokenUnit)
    {
        var number = ReadAt(Digits, HandBuilt.Text(text), token);
        Assert.Equal(value, number!.Value.Value);
        Assert.Equal(tokenUnit, number.Value.TokenUnit);
        Assert.False(number.Value.Spelled);
    }

    [Theory]
    [InlineData("The firm hired 20-30 engineers.", "20-30", 20, 30)]
    [InlineData("Prices run 2,000-2,500 euros.", "2,000-2,500", 2000, 2500)]
    [InlineData("The state sold 2-3bn euros.", "2-3bn", 2e9, 3e9)]        // the scale after the upper end applies to both
    [InlineData("The range is 5k-20k today.", "5k-20k", 5000, 20000)]
    [InlineData("Some 5-10 million watched.", "5-10", 5e6, 1e7)]
    public void DigitsReader_ReadsARangeInOneToken(string text, string token, double low, double high)
    {
        var number = ReadAt(Digits, HandBuilt.Text(text), token)!.Value;
        Assert.Equal(low, number.Value);
        Assert.Equal(high, number.High);
    }

    [Theory]
    [InlineData("2-1")]        // a score: the upper end first
    [InlineData("2004-05")]    // a season
    [InlineData("4-3-3")]      // a formation
    [InlineData("2021-08-24")] // a date
    public void DashRangeToken_ReadsOnlyTwoNumbersLowFirst(string token) =>
        Assert.Null(DashRangeToken.Read(token, DigitsReader.DigitRun(token)));

    [Fact]
    public void DigitsReader_TakesMultipliersAfterAndMillionsForMoney()
    {
        var document = HandBuilt.Text("They raised 1.5 million and spent \u00A3800m.");
        var million = ReadAt(Digits, document, "1.5")!.Value;
        Assert.Equal(1.5e6, million.Value);
        Assert.Equal("1.5 million", document.Words(million.First, million.End));
        Assert.Equal(8e8, ReadAt(Digits, document, "800m")!.Value.Value);
    }

    [Fact]
    public void DigitsReader_ReadsNoWordAndNothingADigitFilterRejects()
    {
        var document = HandBuilt.Text("Call 0800 for twenty tents.");
        Assert.Null(ReadAt(Digits, document, "0800"));
        Assert.Null(ReadAt(Digits, document, "twenty"));
    }

    [Theory]
    [InlineData("It was -5C at night.", "-", -5)]
    [InlineData("It fell to minus 20C overnight.", "minus", -20)]
    public void SignedNumberReader_NegatesTheNumberAfterTheSign(string text, string sign, double value)
    {
        var document = HandBuilt.Text(text);
        var number = ReadAt(new SignedNumberReader(new NumberReader([Digits]), Lexicons), document, sign)!.Value;
        Assert.Equal(value, number.Value);
        Assert.Equal(document.Token(sign), number.First);
    }

    [Fact]
    public void SignedNumberReader_MarksAPlusSign_KeepingTheValue()
    {
        var document = HandBuilt.Text("The Dax (+0.8%) and 3 + 4 rose.");
        var number = ReadAt(new SignedNumberReader(new NumberReader([Digits]), Lexicons), document, "+")!.Value;
        Assert.Equal(0.8, number.Value);
        Assert.True(number.Plus);
        Assert.Equal(document.Token("+"), number.First);
        Assert.Null(ReadAt(new SignedNumberReader(new NumberReader([Digits]), Lexicons), document, "+", 1)); // "3 + 4": a sum
    }

    [Theory]
    [InlineData("The margin is plus or minus 3 points.", "minus")] // a margin
    [InlineData("Ten minus 3 is seven.", "minus")]              // arithmetic
    [InlineData("The score was 2 - 1 at half time.", "-")]       // a dash with a space after it
    public void SignedNumberReader_LeavesMarginsArithmeticAndDashes(string text, string sign)
    {
        Assert.Null(ReadAt(new SignedNumberReader(new NumberReader([Digits]), Lexicons), HandBuilt.Text(text), sign));
    }

    [Theory]
    [InlineData("They sent several hundred troops.", "several", 100, 2)]
    [InlineData("They sent a few thousand troops.", "a", 1000, 3)]
    public void FewReader_ReadsAVagueMultiplier(string text, string first, double value, int tokens)
    {
        var number = ReadAt(new FewReader(Lexicons), HandBuilt.Text(text), first)!.Value;
        Assert.Equal(value, number.Value);
        Assert.Equal(tokens, number.End - number.First);
        Assert.True(number.Vague);
    }

    [Fact]
    public void FewReader_NeedsAMultiplier()
    {
        Assert.Null(ReadAt(new FewReader(Lexicons), HandBuilt.Text("Several people and a few friends came."), "Several"));
        Assert.Null(ReadAt(new FewReader(Lexicons), HandBuilt.Text("Several people and a few friends came."), "a"));
    }

    [Fact]
    public void ArticleNumberReader_ReadsAnArticleAndAMultiplier()
    {
        var document = HandBuilt.Text("A million people met a man.");
        var million = ReadAt(new ArticleNumberReader(Lexicons, new SpelledNumberReader(Lexicons)), document, "A")!.Value;
        Assert.Equal(1e6, million.Value);
        Assert.False(million.Vague);
        Assert.Null(ReadAt(new ArticleNumberReader(Lexicons, new SpelledNumberReader(Lexicons)), document, "a"));
    }

    [Fact]
    public void DozenReader_ReadsTwelveExactly()
    {
        var document = HandBuilt.Text("He bought a dozen eggs and a box.");
        var dozen = ReadAt(new DozenReader(Lexicons), document, "a")!.Value;
        Assert.Equal(12, dozen.Value);
        Assert.False(dozen.Vague);
        Assert.Null(ReadAt(new DozenReader(Lexicons), document, "a", 1));
    }

    [Theory]
    [InlineData("A third of voters stayed home.", "A", 1 / 3.0)]
    [InlineData("Half of the votes were lost.", "Half", 0.5)]
    [InlineData("It was a quarter.", "a", 0.25)]
    public void FractionReader_ReadsAFractionBeforeOfOrAClauseEnd(string text, string first, double value)
    {
        var number = ReadAt(new FractionReader(Lexicons), HandBuilt.Text(text), first)!.Value;
        Assert.Equal(value, number.Value, 6);
        Assert.True(number.Fraction);
    }

    [Fact]
    public void FractionReader_ReadsAnOrdinalAfterAnArticleOnlyBeforeOf()
    {
        var document = HandBuilt.Text("A fifth of them left, a fifth term began, a second of it passed.");
        Assert.Equal(0.2, ReadAt(new FractionReader(Lexicons), document, "A")!.Value.Value);
        Assert.Null(ReadAt(new FractionReader(Lexicons), document, "a"));
        Assert.Null(ReadAt(new FractionReader(Lexicons), document, "a", 1));
    }

    [Theory]
    [InlineData("He ate 1/3 of the cake.", 1 / 3.0)]
    [InlineData("More than 1/2 of them came.", 0.5)]
    public void SlashFractionReader_ReadsASmallerNumberOverALargerBeforeOf(string text, double value)
    {
        var document = HandBuilt.Text(text);
        var number = ReadAt(new SlashFractionReader(), document, "1")!.Value;
        Assert.Equal(value, number.Value, 6);
        Assert.True(number.Fraction);
        Assert.Equal(3, number.End - number.First);
    }

    [Theory]
    [InlineData("It is open 24/7 of course.", "24")] // a larger number first
    [InlineData("We met on 1/3 this year.", "1")]    // no "of": a date
    [InlineData("He ate 1 / 3 of it.", "1")]         // spaced: a list or arithmetic
    public void SlashFractionReader_LeavesDatesAndOdds(string text, string first) =>
        Assert.Null(ReadAt(new SlashFractionReader(), HandBuilt.Text(text), first));

    [Theory]
    [InlineData("She won a third term.", "a")]           // an ordinal
    [InlineData("The second half started.", "half")]    // a part of a match
    public void FractionReader_LeavesOrdinalsAndParts(string text, string first)
    {
        Assert.Null(ReadAt(new FractionReader(Lexicons), HandBuilt.Text(text), first));
    }

    [Fact]
    public void GroupReader_ReadsAVagueGroupScaledByALargerOne()
    {
        var document = HandBuilt.Text("Tens of thousands marched, and thousands of two.");
        var tens = ReadAt(new GroupReader(Lexicons), document, "Tens")!.Value;
        Assert.Equal(10000, tens.Value);
        Assert.Equal("Tens of thousands", document.Words(tens.First, tens.End));
        Assert.True(tens.Vague);
        var thousands = ReadAt(new GroupReader(Lexicons), document, "thousands", 1)!.Value;
        Assert.Equal(1000, thousands.Value);
        Assert.Null(thousands.High);
        Assert.Null(ReadAt(new GroupReader(Lexicons), document, "two"));
    }

    [Fact]
    public void GroupReader_TensOfAGroup_IsARangeToTheNextPowerOfTen()
    {
        var document = HandBuilt.Text("Tens of millions watched, tens of them left, hundreds of thousands stayed.");
        var millions = ReadAt(new GroupReader(Lexicons), document, "Tens")!.Value;
        Assert.Equal(1e7, millions.Value);
        Assert.Equal(1e8, millions.High);
        Assert.Null(ReadAt(new GroupReader(Lexicons), document, "tens")!.Value.High);      // "tens" alone: a bound
        Assert.Null(ReadAt(new GroupReader(Lexicons), document, "hundreds")!.Value.High);  // numbers-dev: 100000 ">"
    }

    [Theory]
    [InlineData("Some twenty-one villages burned.", "twenty-one", 21, "twenty-one", null)]
    [InlineData("There are two and a half million cars.", "two", 2.5e6, "two and a half million", null)]
    [InlineData("She wrote three dozen songs.", "three", 36, "three dozen", null)]
    [InlineData("One fifth of it went.", "One", 0.2, "One fifth", null)]
    [InlineData("It was a two-day strike.", "two-day", 2, "two-day", "day")]
    [InlineData("Two-thirds of it went.", "Two-thirds", 2 / 3.0, "Two-thirds", null)]
    [InlineData("One-fifth of it went.", "One-fifth", 0.2, "One-fifth", null)]
    [InlineData("Two fifths of it went.", "Two", 0.4, "Two fifths", null)]
    public void SpelledNumberReader_ReadsNumbersInWords(string text, string first, double value, string words, string? tokenUnit)
    {
        var document = HandBuilt.Text(text);
        var number = ReadAt(new SpelledNumberReader(Lexicons), document, first)!.Value;
        Assert.Equal(value, number.Value, 6);
        Assert.Equal(words, document.Words(number.First, number.End));
        Assert.Equal(tokenUnit, number.TokenUnit);
        Assert.True(number.Spelled);
    }

    [Fact]
    public void SpelledNumberReader_LeavesOrdinalsAndGroups()
    {
        var document = HandBuilt.Text("She finished third among thousands.");
        Assert.Null(ReadAt(new SpelledNumberReader(Lexicons), document, "third"));
        Assert.Null(ReadAt(new SpelledNumberReader(Lexicons), document, "thousands"));
    }

    [Fact]
    public void NumberReader_TheFirstReaderThatReadsWins()
    {
        // "A few thousand": the few reader, not the article reader; "minus 20": the signed reader, not the digits one.
        var document = HandBuilt.Text("A few thousand came at minus 20 degrees.");
        var few = HandBuilt.Grammar.Numbers.Read(document, document.Token("A"), document.Tokens.Length)!.Value;
        Assert.True(few.Vague);
        Assert.Equal(1000, few.Value);
        Assert.Equal(-20, HandBuilt.Grammar.Numbers.Read(document, document.Token("minus"), document.Tokens.Length)!.Value.Value);
    }
}
