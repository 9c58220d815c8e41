namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>
/// “The voters are furious,” Mr. Gidley said, “and they're not letting a stump speech sway their vote.”: one quote
/// interrupted by its attribution is one claim, as annotators mark it (PolNeAR's content is both pieces). When the
/// quote after a cue-after attribution continues it (a continuation, or the same cue read as standing before it),
/// in the same sentence or opening the next one in the same paragraph ("“…,” he said. “…”"), the first claim is
/// extended over the second, cue included, and the second is no row of its own.
/// </summary>
internal sealed class InterruptedQuotePass : IQuotePass
{
    public void Run(QuoteRun run)
    {
        var document = run.Document;
        var quotes = run.Quotes;
        for (int i = 0; i + 1 < quotes.Count; i++)
        {
            var first = quotes[i].Claim;
            var second = quotes[i + 1].Claim;
            bool sameAttribution = second.SpeakerFrom == first || (second.CueStart >= 0 && second.CueStart == first.CueStart);
            if (!sameAttribution || first.CueStart < first.End || first.CueEnd > second.Start || !Adjacent(document, first, second)) continue;
            first.End = second.End;
            quotes.RemoveAt(i + 1);
            i--; // the extended claim may take in the quote after it too
        }
    }

    /// <summary>The second claim lies in the sentence where the first ends, or opens the next sentence of its paragraph.</summary>
    private static bool Adjacent(Nlp.Text.Document document, Claim first, Claim second)
    {
        int last = document.SentenceOfToken(document.TokenAt(first.End - 1));
        int next = document.SentenceOfToken(document.TokenAt(second.Start));
        if (last < 0 || next < 0) return false;
        if (next == last) return true;
        if (next != last + 1 || document.Sentences[next].Paragraph != document.Sentences[last].Paragraph) return false;
        // Only the opening quotation mark stands before the second claim in its sentence.
        return document.TokenAt(second.Start) - document.Sentences[next].FirstToken <= 1;
    }
}
