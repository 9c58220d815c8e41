using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>
/// "The Times explains:" or "More from The Times:" ending a paragraph introduces the next paragraph as a quote
/// without quotation marks. Each sentence becomes a row, the later ones taking the first one's speaker; a sentence
/// that quotes a title is left out, since the row would present the title as speech.
/// </summary>
internal sealed class BlockQuotePass : IQuotePass
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteBlock;

    public void Run(QuoteRun run)
    {
        var context = run.Context;
        var document = context.Document;
        for (int p = 0; p + 1 < document.Paragraphs.Length; p++)
        {
            var intro = document.Sentences[document.Paragraphs[p].EndSentence - 1];
            if (document.FoldedToken(intro.EndToken - 1) is not ":") continue;
            var next = document.Paragraphs[p + 1];
            // A paragraph opening with a quotation mark is a direct quote, which the rules attribute.
            if (document.Folded[next.Start] == '"') continue;
            if (ClauseReader.IntroCue(context, intro) is not var (c, length, phrase)) continue;
            Claim? previous = null;
            for (int s = next.FirstSentence; s < next.EndSentence; s++)
            {
                var sentence = document.Sentences[s];
                if (ContainsTitleQuotation(document, run.Quotations, sentence)) continue;
                int start = sentence.Start;
                if (document.FoldedToken(sentence.FirstToken) is "..." or "\u2026" && sentence.TokenCount > 1)
                    start = document.Tokens[sentence.FirstToken + 1].Start;
                var claim = QuoteClaims.Make(context, ClaimKind.Quote, start, sentence.End, Rule, c, c + length, phrase);
                if (previous is not null) claim.SpeakerFrom = previous;
                previous ??= claim;
                document.Claims.Add(claim);
            }
        }
    }

    private static bool ContainsTitleQuotation(Document document, List<QuotationSpan> quotations, SentenceSpan sentence)
    {
        for (int i = QuotationScanner.FirstFrom(quotations, sentence.Start); i < quotations.Count && quotations[i].Start < sentence.End; i++)
            if (quotations[i].End <= sentence.End && QuoteText.LooksLikeTitle(document, quotations[i])) return true;
        return false;
    }
}
