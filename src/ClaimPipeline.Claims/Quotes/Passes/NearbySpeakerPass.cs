using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>
/// A quote still without a speaker takes one from the attributed claims around it: the nearest attributed claim
/// before it in the same or the previous paragraph, else the first one after it in the same or the next
/// paragraph. (Reaching farther back, to whoever was quoted last anywhere, was tried and measured: on PolNeAR
/// its guesses were almost never the annotated source, so a quote that far from a cue keeps no speaker.)
/// </summary>
internal sealed class NearbySpeakerPass : IQuotePass
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteNearby;

    public void Run(QuoteRun run)
    {
        var document = run.Document;
        var attributed = new List<(Claim Claim, int Paragraph)>();
        foreach (var claim in document.Claims)
            if (claim.IsAttributed) attributed.Add((claim, ParagraphAt(document, claim.Start)));
        foreach (var quote in run.Quotes)
            if (quote.Claim.IsAttributed) attributed.Add((quote.Claim, ParagraphAt(document, quote.Claim.Start)));
        attributed.Sort((a, b) => a.Claim.Start.CompareTo(b.Claim.Start));

        // Quotes come in text order, so one pointer finds the attributed claims on either side of each (linear time).
        int next = 0;
        foreach (var quote in run.Quotes)
        {
            var claim = quote.Claim;
            while (next < attributed.Count && attributed[next].Claim.Start < claim.Start) next++;
            if (claim.IsAttributed) continue;
            int paragraph = ParagraphAt(document, claim.Start);
            Claim? source = null;
            if (next > 0 && attributed[next - 1].Paragraph >= paragraph - 1) source = attributed[next - 1].Claim;
            if (source is null)
            {
                int after = next;
                while (after < attributed.Count && attributed[after].Claim.Start == claim.Start) after++;
                if (after < attributed.Count && attributed[after].Paragraph <= paragraph + 1) source = attributed[after].Claim;
            }
            if (source is null) continue;
            claim.SpeakerFrom = source.SpeakerFrom ?? source;
            claim.Rule = Rule;
            claim.Confidence = claim.Rule.Prior.For(SpeakerPhraseKind.Name);
            quote.Evidence = QuoteEvidence.Weak;
        }
    }

    /// <summary>The paragraph of the sentence holding the token at <paramref name="offset"/> (0 when outside every sentence).</summary>
    private static int ParagraphAt(Document document, int offset)
    {
        int sentence = document.SentenceOfToken(document.TokenAt(offset));
        return sentence < 0 ? 0 : document.Sentences[sentence].Paragraph;
    }
}
