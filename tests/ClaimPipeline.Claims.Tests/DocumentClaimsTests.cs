using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests;

/// <summary>The claims live in a slot of the Document, reached as the extension property document.Claims.</summary>
public sealed class DocumentClaimsTests
{
    [Fact]
    public void Claims_OfANewDocument_IsEmpty_AndTheSameListEachTime()
    {
        var document = new Document("d", "He said so.");
        Assert.Empty(document.Claims);
        document.Claims.Add(new Claim { Kind = ClaimKind.Quote, Start = 0, End = 2, Rule = ClaimRules.QuoteCueAfter });
        Assert.Same(document.Claims, document.Get(DocumentClaims.Key));
        Assert.Equal(ClaimKind.Quote, Assert.Single(document.Claims).Kind);
        Assert.Empty(new Document("e", "Other.").Claims);
    }
}
