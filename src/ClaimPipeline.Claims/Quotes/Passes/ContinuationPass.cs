using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>
/// A quote without a speaker takes the speaker of the quote before it in the paragraph (or of the next one, or of
/// the quote that closes one left open at the paragraph's end): "“…,” she said. “…”".
/// </summary>
internal sealed class ContinuationPass : IQuotePass
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteContinued;

    public void Run(QuoteRun run)
    {
        var quotes = run.Quotes;
        for (int i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var span = quote.Span;
            if (quote.Claim.HasSpeakerMention) continue;
            QuoteCandidate? source = null;
            if (i > 0)
            {
                var previous = quotes[i - 1];
                bool sameRun = previous.Span.Paragraph == span.Paragraph
                    || (previous.Span.ContinuesInNextParagraph && previous.Span.Paragraph == span.Paragraph - 1);
                if (sameRun && previous.Claim.IsAttributed) source = previous;
            }
            // The next quote of the paragraph, or the one that closes a quote left open at the paragraph's end.
            if (source is null && i + 1 < quotes.Count && quotes[i + 1].Claim.HasSpeakerMention
                && (quotes[i + 1].Span.Paragraph == span.Paragraph
                    || (span.ContinuesInNextParagraph && quotes[i + 1].Span.Paragraph == span.Paragraph + 1)))
                source = quotes[i + 1];
            if (source is null) continue;
            var claim = quote.Claim;
            claim.SpeakerFrom = source.Claim.SpeakerFrom ?? source.Claim;
            claim.Rule = Rule;
            claim.Confidence = claim.Rule.Prior.For(SpeakerPhraseKind.Name);
            // A continuation is as strong as the attribution it continues.
            quote.Evidence = source.Evidence == QuoteEvidence.Weak ? QuoteEvidence.Weak : QuoteEvidence.Explicit;
        }
    }
}
