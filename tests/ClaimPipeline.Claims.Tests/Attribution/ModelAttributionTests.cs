using ClaimPipeline.Claims.Rules;

namespace ClaimPipeline.Claims.Tests.Attribution;

/// <summary>
/// The shipped attribution model in the whole pipeline, on sentences written for these tests: it adds the
/// attributions without a speech verb that the rules miss, and leaves the rules' own claims alone.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ModelAttributionTests
{
    [Fact]
    public void A_poll_that_shows_something_is_an_attribution_the_rules_miss()
    {
        const string text = "A new Quinnipiac University poll shows the senator leading his rival by six points in Ohio.";
        Assert.DoesNotContain(ClaimStages.Run(text).Claims, c => c.Kind == ClaimKind.Indirect);

        var document = ClaimStages.RunWithAttributionModel(text);
        var claim = document.Single(ClaimKind.Indirect, "leading his rival");
        Assert.Same(ClaimRules.IndirectModel, claim.Rule);
        Assert.Equal("the senator leading his rival by six points in Ohio", document.Text(claim));
        Assert.Equal("shows", document.Slice(claim.CueStart, claim.CueEnd));
        Assert.Contains("Quinnipiac University poll", document.Mention(claim));
    }

    [Fact]
    public void Criticism_is_attributed_to_its_subject()
    {
        var document = ClaimStages.RunWithAttributionModel("Environmental groups criticized the decision to reopen the coal mine near the river.");
        var claim = document.Single(ClaimKind.Indirect, "reopen the coal mine");
        Assert.Same(ClaimRules.IndirectModel, claim.Rule);
        Assert.Equal("Environmental groups", document.Mention(claim));
    }

    [Fact]
    public void A_rule_claim_is_kept_and_not_repeated_by_the_model()
    {
        const string text = "Investigators found that the fire had started in the kitchen of the restaurant.";
        var withModel = ClaimStages.RunWithAttributionModel(text);
        var claim = Assert.Single(withModel.Claims, c => c.Kind == ClaimKind.Indirect);
        Assert.Same(ClaimRules.IndirectThat, claim.Rule);
    }

    [Fact]
    public void Words_inside_a_quotation_are_left_to_the_quote_rules()
    {
        var document = ClaimStages.RunWithAttributionModel(
            "“Many voters believe the tax plan will help small businesses grow,” the senator said on Monday.");
        Assert.DoesNotContain(document.Claims, c => c.Rule == ClaimRules.IndirectModel);
        Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote);
    }

    [Fact]
    public void A_source_the_tagger_cut_short_is_read_whole_and_a_courtesy_title_is_no_role()
    {
        var document = ClaimStages.RunWithAttributionModel("Mr McConnell is expected to announce his plans for the school next month.");
        var claim = document.Single(ClaimKind.Indirect, "announce his plans");
        Assert.Same(ClaimRules.IndirectModel, claim.Rule);
        Assert.Equal("McConnell", claim.Speaker);
        Assert.Null(claim.SpeakerRole);
    }

    [Fact]
    public void A_quote_no_rule_attributes_takes_the_source_of_the_models_cue_over_it()
    {
        const string text = "The weather was cold.\n\nThe campaign dismissed the report as \u201Ca partisan attack with no basis in fact.\u201D";
        // The rules alone guess from the sentence's subject, the weakest evidence.
        var rulesAlone = ClaimStages.Run(text);
        Assert.Same(ClaimRules.QuoteSubject, rulesAlone.Single(ClaimKind.Quote, "partisan attack").Rule);

        var document = ClaimStages.RunWithAttributionModel(text);
        var quote = document.Single(ClaimKind.Quote, "partisan attack");
        Assert.Same(ClaimRules.QuoteModel, quote.Rule);
        Assert.Equal("dismissed", document.Slice(quote.CueStart, quote.CueEnd));
        Assert.Equal("campaign", quote.Speaker);
    }
}
