using ClaimPipeline.Claims;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Benchmarks;

/// <summary>The claim fields the speaker stage writes, saved so that every run starts from the same claims.</summary>
public readonly record struct SpeakerFields(string? Speaker, string? SpeakerRole, int SpeakerStart, int SpeakerEnd)
{
    public static SpeakerFields Of(Claim claim) => new(claim.Speaker, claim.SpeakerRole, claim.SpeakerStart, claim.SpeakerEnd);

    public void ApplyTo(Claim claim)
    {
        claim.Speaker = Speaker;
        claim.SpeakerRole = SpeakerRole;
        claim.SpeakerStart = SpeakerStart;
        claim.SpeakerEnd = SpeakerEnd;
    }
}
