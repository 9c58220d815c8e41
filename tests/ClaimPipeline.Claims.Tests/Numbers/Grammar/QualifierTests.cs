using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Claims.Numbers.Qualifiers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers.Grammar;

/// <summary>Each qualifier on its own: the bound or change it sets, and when it leaves the quantity as it is.</summary>
public sealed class QualifierTests
{
    private static readonly NumberLexicons Lexicons = HandBuilt.Lexicons;

    private static QuantityDraft Apply(QuantityQualifier qualifier, Document document, QuantityDraft quantity, List<FoundQuantity>? found = null)
    {
        qualifier.Apply(document, document.SentenceOf(quantity.Number.First), ref quantity, found ?? []);
        return quantity;
    }

    private static FoundQuantity Found(Document document, string number, string? unit, string change)
    {
        var quantity = document.Draft(number);
        var claim = NumericClaim.Create(document, quantity.First, quantity.End, ClaimRules.NumberQuantity, quantity.Number.Value, unit);
        claim.Change = change;
        return new FoundQuantity(claim, quantity.First, quantity.End, false);
    }

    [Theory]
    [InlineData("More than 20,000 people left.", "20,000", "More than", ">")]
    [InlineData("It rose by just over 5 points.", "5", "just over", ">")]
    [InlineData("Nearly 200 came.", "200", "Nearly", "~")]
    [InlineData("Only 200 came.", "200", null, null)]
    public void QualifierPhrase_TakesTheLongestPhraseBefore(string text, string number, string? qualifier, string? bound)
    {
        var document = HandBuilt.Text(text);
        var quantity = Apply(new QualifierPhrase(Lexicons), document, document.Draft(number));
        Assert.Equal(qualifier, quantity.Qualifier);
        Assert.Equal(bound, quantity.Bound);
        Assert.Equal(qualifier is null ? document.Token(number) : document.Token(qualifier.Split(' ')[0]), quantity.First);
    }

    [Fact]
    public void OrMoreAfter_IsALowerBoundInTheClaim()
    {
        var document = HandBuilt.Text("Groups of 20 or more met; 20 or so did not; 20 or 30 left.");
        var more = Apply(new OrMoreAfter(), document, document.Draft("20"));
        Assert.Equal(">", more.Bound);
        Assert.Equal("20 or more", document.Words(more.First, more.End));
        var so = Apply(new OrMoreAfter(), document, document.Draft("20", 1));
        Assert.Equal("~", so.Bound);
        Assert.Equal("20 or so", document.Words(so.First, so.End));
        var or = Apply(new OrMoreAfter(), document, document.Draft("20", 2));
        Assert.Null(or.Bound);
        Assert.Equal(document.Token("20", 2) + 1, or.End);
    }

    [Theory]
    [InlineData("Groups of 20 or fewer met.", "<")]
    [InlineData("Groups of 20 and under met.", "<")]
    [InlineData("People of 65 and over met.", ">")]
    [InlineData("Groups of 20 or more than 30 met.", null)]
    [InlineData("Groups of 20 or more than that met.", ">")]
    public void OrMoreAfter_ReadsBoundsAfterOrAndAnd(string text, string? bound)
    {
        var document = HandBuilt.Text(text);
        Assert.Equal(bound, Apply(new OrMoreAfter(), document, document.Draft(text.Contains("65") ? "65" : "20")).Bound);
    }

    [Theory]
    [InlineData("It will last 15 years at least.", ">")]
    [InlineData("It will last 15 years at most.", "<")]
    [InlineData("It will last 15 years at home.", null)]
    public void AtLeastAfter_IsABoundOutsideTheClaim(string text, string? bound)
    {
        var document = HandBuilt.Text(text);
        var quantity = document.Draft("15");
        quantity.End = document.Token("at");
        var read = Apply(new AtLeastAfter(), document, quantity);
        Assert.Equal(bound, read.Bound);
        Assert.Equal(document.Token("at"), read.End);
    }

    [Theory]
    [InlineData("Rates went up to 5.5% today.", "=")]
    [InlineData("Rates rose up to 5.5% today.", "=")]
    [InlineData("Rates of up to 5.5% apply.", "<")]
    public void LevelReached_MakesUpToALevelAfterAVerbOfMovement(string text, string bound)
    {
        var document = HandBuilt.Text(text);
        var quantity = Apply(new QualifierPhrase(Lexicons), document, document.Draft("5.5"));
        Assert.Equal("<", quantity.Bound);
        Assert.Equal(bound, Apply(new LevelReached(Lexicons), document, quantity).Bound);
    }

    [Fact]
    public void VagueGroupBound_IsAtLeastTheGroup_UnlessQualified()
    {
        var document = HandBuilt.Text("Thousands of people and up to hundreds of troops came.");
        var thousands = Apply(new VagueGroupBound(), document, document.Draft("Thousands"));
        Assert.Equal("Thousands", thousands.Qualifier);
        Assert.Equal(">", thousands.Bound);
        var hundreds = Apply(new QualifierPhrase(Lexicons), document, document.Draft("hundreds"));
        hundreds = Apply(new VagueGroupBound(), document, hundreds);
        Assert.Equal("up to", hundreds.Qualifier);
        Assert.Equal("<", hundreds.Bound);
    }

    [Theory]
    [InlineData("Sales rose by just 28% this year.", "28", "up")]
    [InlineData("Sales have fallen, by 19% this year.", "19", "down")]
    [InlineData("They made cuts of 9.6% this year.", "9.6", "down")]
    [InlineData("The film picked up five awards.", "five", null)]
    [InlineData("Sales were 28% this year.", "28", null)]
    public void ChangeWordBefore_ReadsTheWordOfChangeBeforeTheNumber(string text, string number, string? change)
    {
        var document = HandBuilt.Text(text);
        Assert.Equal(change, Apply(new ChangeWordBefore(Lexicons), document, document.Draft(number)).Change);
    }

    [Fact]
    public void ChangeWordBefore_LeavesALevel()
    {
        var document = HandBuilt.Text("Rates went up to 5.5% today.");
        var quantity = document.Draft("5.5");
        quantity.Qualifier = "up to";
        quantity.Bound = "=";
        quantity.First = document.Token("up");
        Assert.Null(Apply(new ChangeWordBefore(Lexicons), document, quantity).Change);
    }

    [Theory]
    [InlineData("It was a 3% rise on the year.", "3", "up")]
    [InlineData("There were 337,000 jobs added last month.", "337,000", "up")]
    [InlineData("He walked 10 miles down the road.", "10", null)]
    public void ChangeWordAfter_ReadsTheWordOfChangeAfterTheQuantity(string text, string number, string? change)
    {
        var document = HandBuilt.Text(text);
        var quantity = document.Draft(number);
        var (unit, end) = HandBuilt.Grammar.Units.Read(document, quantity.Number, null, quantity.End, document.Tokens.Length);
        quantity.Unit = unit;
        quantity.End = Math.Max(quantity.End, end);
        if (number == "337,000") quantity.End = document.Token("added");
        Assert.Equal(change, Apply(new ChangeWordAfter(Lexicons), document, quantity).Change);
    }

    [Fact]
    public void CoordinatedChange_TakesTheChangeOfTheQuantityJustBefore()
    {
        var document = HandBuilt.Text("Cuts of 9.6% at Agriculture and 5.6% at the agency.");
        var cut = Found(document, "9.6", "percent", "down");
        var second = document.Draft("5.6");
        second.Unit = "percent";
        Assert.Equal("down", Apply(new CoordinatedChange(), document, second, [cut]).Change);
        second.Unit = "pound";
        Assert.Null(Apply(new CoordinatedChange(), document, second, [cut]).Change);
    }

    [Fact]
    public void BoundAsChange_IsTheBoundWhenNoDirection()
    {
        var document = HandBuilt.Text("More than 20 left.");
        var quantity = document.Draft("20");
        Assert.Equal("=", Apply(new BoundAsChange(), document, quantity).Change);
        quantity.Bound = ">";
        Assert.Equal(">", Apply(new BoundAsChange(), document, quantity).Change);
        quantity.Change = "up";
        Assert.Equal("up", Apply(new BoundAsChange(), document, quantity).Change);
    }

    [Theory]
    [InlineData("The Stoxx 50 -1.3% on the day.", "percent", "=", "down")]
    [InlineData("Growth fell to -1.3% on the day.", "percent", "=", "=")]
    [InlineData("It was -5C at night.", "c", "=", "=")]
    [InlineData("It rose -5C at night.", "c", "up", "down")]
    [InlineData("The FTSE 100 -12 points on the day.", "point", "=", "down")]
    [InlineData("The Dax +1.3% on the day.", "percent", "=", "up")]
    [InlineData("Growth rose to +1.3% on the day.", "percent", "=", "=")]
    [InlineData("It was +5C at night.", "c", "=", "=")]
    public void SignedChange_MakesASignedShareOrPointsAChange(string text, string unit, string change, string expected)
    {
        var document = HandBuilt.Text(text);
        var quantity = document.Draft(text.Contains('+') ? "+" : "-");
        quantity.Unit = unit;
        quantity.Change = change;
        Assert.Equal(expected, Apply(new SignedChange(Lexicons), document, quantity).Change);
    }

    [Fact]
    public void ConversionInBrackets_TakesTheBoundOfWhatItConverts()
    {
        var document = HandBuilt.Text("It cost about $2.95bn (\u00A31.57bn) in all.");
        var dollars = Found(document, "2.95bn", "dollar", "~");
        var pounds = document.Draft("1.57bn");
        pounds.Start = pounds.First = document.Token("\u00A3");
        pounds.Change = "=";
        Assert.Equal("~", Apply(new ConversionInBrackets(), document, pounds, [dollars]).Change);
        pounds.Qualifier = "exactly";
        Assert.Equal("=", Apply(new ConversionInBrackets(), document, pounds, [dollars]).Change);
    }
}
