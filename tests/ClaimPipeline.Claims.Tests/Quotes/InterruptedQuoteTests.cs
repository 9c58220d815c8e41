using ClaimPipeline.Claims.Rules;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>A quote interrupted by its own attribution is one claim, as annotators mark it, and a continuation ends where someone else is named; sentences written for these tests.</summary>
[Trait("Category", "Integration")]
public sealed class InterruptedQuoteTests
{
    [Fact]
    public void Pieces_around_the_cue_in_one_sentence_are_one_claim()
    {
        const string text = "\u201CThe voters are furious,\u201D Mr. Gidley said, \u201Cand they are not letting a stump speech sway their vote.\u201D";
        var document = ClaimStages.Run(text);
        var quote = Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote);
        Assert.Equal("The voters are furious,\u201D Mr. Gidley said, \u201Cand they are not letting a stump speech sway their vote.", document.Text(quote));
        Assert.Same(ClaimRules.QuoteCueAfter, quote.Rule);
        Assert.Equal("Gidley", quote.Speaker);
    }

    [Fact]
    public void A_quote_opening_the_next_sentence_after_the_cue_continues_the_claim()
    {
        const string text = "\u201CIt is straight from the heart,\u201D Maria Lopez said. \u201CI am going to take some risks tonight.\u201D";
        var document = ClaimStages.Run(text);
        var quote = Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote);
        Assert.EndsWith("take some risks tonight.", document.Text(quote));
        Assert.Equal("Maria Lopez", quote.Speaker);
    }

    [Fact]
    public void A_reply_by_someone_else_stays_a_claim_of_its_own()
    {
        var document = ClaimStages.Run("\u201CWe will win this state,\u201D Smith said. \u201CNo, we will not,\u201D Jones replied.");
        Assert.Equal(["Smith", "Jones"], document.Claims.Where(c => c.Kind == ClaimKind.Quote).Select(c => c.Speaker));
    }

    [Fact]
    public void A_quote_in_the_next_paragraph_stays_a_claim_of_its_own()
    {
        var document = ClaimStages.Run("\u201CIt is straight from the heart,\u201D Maria Lopez said.\n\n\u201CI am going to take some risks tonight.\u201D");
        Assert.Equal(2, document.Claims.Count(c => c.Kind == ClaimKind.Quote));
    }

    [Fact]
    public void A_person_named_between_two_quotes_ends_the_continuation()
    {
        var document = ClaimStages.Run("\u201CWe will win this state,\u201D said Tom Hale. Jane Ford disagreed with him on Monday. " +
            "\u201CWe will lose this state badly.\u201D");
        Assert.Equal("Jane Ford", document.Single(ClaimKind.Quote, "lose this state").Speaker);
    }

    [Fact]
    public void The_speaker_named_again_between_two_quotes_keeps_the_continuation()
    {
        var document = ClaimStages.Run("\u201CWe will win this state,\u201D said Tom Hale. Hale smiled at the crowd. " +
            "\u201CWe will win it by ten points.\u201D");
        var claim = document.Single(ClaimKind.Quote, "ten points");
        Assert.Same(ClaimRules.QuoteContinued, claim.Rule);
        Assert.Equal("Tom Hale", claim.Speaker);
    }
}
