using ClaimPipeline.Claims.Speakers;
using ClaimPipeline.Claims.Tests.Quotes;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Claims.Tests.Speakers;

/// <summary>A role the recognizer took into a person's name is the speaker's role, not part of the name. Documents built by hand.</summary>
public sealed class RoleInsideANameTests
{
    private static readonly SpeakerResolver Resolver = new(TestStages.Names, HandBuilt.Speakers);

    [Fact]
    public void The_role_before_the_name_inside_the_entity_becomes_the_role_and_she_resolves_to_the_name()
    {
        var document = HandBuilt.Text("\u201CWe will respond,\u201D said Foreign Affairs Minister Chrystia Freeland.\n\u201CWe will not back down,\u201D she said.")
            .Entity("Foreign Affairs Minister Chrystia Freeland", EntityLabel.Person);
        HandBuilt.Finder.Process(document, default);
        Resolver.Process(document, default);

        var first = document.Single(ClaimKind.Quote, "We will respond");
        Assert.Equal("Chrystia Freeland", first.Speaker);
        Assert.Equal("Foreign Affairs Minister", first.SpeakerRole);
        Assert.Equal("Chrystia Freeland", document.Single(ClaimKind.Quote, "not back down").Speaker);
    }

    [Fact]
    public void A_surname_that_is_a_role_noun_stays_the_name()
    {
        var document = HandBuilt.Text("\u201CWe will respond,\u201D said John Bishop.").Entity("John Bishop", EntityLabel.Person);
        HandBuilt.Finder.Process(document, default);
        Resolver.Process(document, default);
        Assert.Equal("John Bishop", document.Single(ClaimKind.Quote, "We will respond").Speaker);
    }
}
