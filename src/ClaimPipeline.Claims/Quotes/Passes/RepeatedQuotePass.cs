using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>
/// Drops quote rows that another row already holds: a partial quote inside reported speech ("Trump said Machado
/// was “disgusting”") with no speaker of its own or the same one, since the reported-speech row holds it,
/// quotation marks and all, which is the mixed quote as annotators mark it; and a quotation inside a mixed
/// quote's clause. Both lists are in text order, so one sweep does it.
/// </summary>
internal sealed class RepeatedQuotePass : IQuotePass
{
    public void Run(QuoteRun run)
    {
        var reported = run.Document.Claims.Where(c => c.Kind == ClaimKind.Indirect).OrderBy(c => c.Start).ToList();
        int next = 0;
        int mixedStart = -1, mixedEnd = -1;
        run.Quotes.RemoveAll(candidate =>
        {
            var quote = candidate.Claim;
            bool mixed = candidate.Evidence == QuoteEvidence.MixedClause;
            bool insideMixed = !mixed && quote.Start >= mixedStart && quote.End <= mixedEnd;
            if (mixed && quote.End > mixedEnd) (mixedStart, mixedEnd) = (quote.Start, quote.End);
            if (insideMixed) return true;
            while (next < reported.Count && reported[next].Start <= quote.Start) next++;
            if (next == 0) return false;
            var other = reported[next - 1];
            if (quote.End > other.End + 1) return false;
            return !quote.IsAttributed || (quote.HasSpeakerMention && quote.SpeakerStart < other.SpeakerEnd && other.SpeakerStart < quote.SpeakerEnd);
        });
    }
}
