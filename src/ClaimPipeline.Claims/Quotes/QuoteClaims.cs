using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>Makes the quote stage's claims: offsets from token ranges, the speaker phrase's kind, the rule's prior confidence.</summary>
internal static class QuoteClaims
{
    /// <summary>A claim over characters [start, end) with its cue over tokens [cueFirst, cueEnd) and its speaker phrase.</summary>
    public static Claim Make(QuoteContext context, ClaimKind kind, int start, int end, ClaimRule rule,
        int cueFirst, int cueEnd, SpeakerPhrase phrase)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        return new Claim
        {
            Kind = kind,
            Start = start,
            End = end,
            Rule = rule,
            CueStart = tokens[cueFirst].Start,
            CueEnd = tokens[cueEnd - 1].End,
            SpeakerStart = tokens[phrase.First].Start,
            SpeakerEnd = tokens[phrase.End - 1].End,
            SpeakerKind = phrase.Kind,
            SpeakerRole = phrase.HasRole ? document.Slice(tokens[phrase.RoleFirst].Start, tokens[phrase.RoleEnd - 1].End) : null,
            Confidence = rule.Prior.For(phrase.Kind),
        };
    }

    /// <summary>A quote that no rule attributed: it keeps its row, and the passes may still find it a speaker.</summary>
    public static Claim Unattributed(QuotationSpan quotation) => new()
    {
        Kind = ClaimKind.Quote,
        Start = quotation.Start,
        End = quotation.End,
        Rule = ClaimRules.QuoteUnattributed,
        Confidence = ClaimRules.QuoteUnattributed.Prior.For(null),
    };
}
