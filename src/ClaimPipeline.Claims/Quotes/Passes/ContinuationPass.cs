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
                if (sameRun && previous.Claim.IsAttributed && !NamesSomeoneElse(run, previous.Claim, quote.Claim)) source = previous;
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

    /// <summary>
    /// "“…,” Smith said. Jones disagreed. “…”": a person named outside quotation marks between the two quotes, other
    /// than the speaker, may be the one who speaks next; the quote is then no continuation.
    /// </summary>
    private static bool NamesSomeoneElse(QuoteRun run, Claim previous, Claim quote)
    {
        var document = run.Document;
        // After the previous quote's own attribution ("…,” said Sen. Tom Hale of Ohio, “…”).
        int from = Math.Max(previous.End, Math.Max(previous.CueEnd, previous.SpeakerEnd)), to = quote.Start;
        if (from >= to) return false;
        int sentence = document.SentenceOfToken(document.TokenAt(from - 1));
        if (sentence >= 0) from = Math.Max(from, document.Sentences[sentence].End);
        for (int e = document.FirstEntityFrom(document.TokenAt(from)); e >= 0 && e < document.Entities.Length; e++)
        {
            var entity = document.Entities[e];
            if (entity.Start >= to) break;
            if (entity.Start < from || entity.Label != EntityLabel.Person || run.Context.IsQuoted(entity.FirstToken)) continue;
            // The speaker named again ("Smith paused") is no one else.
            if (previous.SpeakerStart >= 0 && entity.Start >= previous.SpeakerStart && entity.End <= previous.SpeakerEnd) continue;
            if (previous.SpeakerStart >= 0 && SharesAWord(document.Slice(entity.Start, entity.End), document.Slice(previous.SpeakerStart, previous.SpeakerEnd))) continue;
            return true;
        }
        return false;
    }

    private static bool SharesAWord(string a, string b)
    {
        foreach (var word in a.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word.Length > 1 && b.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }
}
