using ClaimPipeline.Claims.Attribution;
using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>
/// A quote no rule attributed, in a sentence where the attribution model finds a cue outside quotation marks whose
/// content takes in the quoted words ("accused him of “inciting violent behavior”", "the ad's narrator intones
/// “…”"): the model's source speaks (`quote.model`). Before the nearby pass, whose guess from the neighbouring
/// claims is right about one time in four on PolNeAR.
/// </summary>
internal sealed class ModelQuoteSpeakerPass : IQuotePass
{
    public void Run(QuoteRun run)
    {
        var context = run.Context;
        if (context.Options.AttributionModel is not { } model) return;
        var document = context.Document;
        int[] labels = [];
        var features = run.ModelFeatures;
        var cues = run.ModelCues ??= new List<(int, int)>?[document.Sentences.Length];
        foreach (var quote in run.Quotes)
        {
            var claim = quote.Claim;
            if (claim.IsAttributed && quote.Evidence != QuoteEvidence.Weak) continue;
            int quoteFirst = document.TokenAt(claim.Start);
            int s = document.SentenceOfToken(quoteFirst);
            if (s < 0) continue;
            var sentence = document.Sentences[s];
            int quoteEnd = Math.Min(sentence.EndToken, document.TokenAt(claim.End - 1) + 1);
            features.Load(document, context, sentence);
            foreach (var (cueFirst, cueEnd) in cues[s] ??= model.FindCues(features))
            {
                var roles = ModelRoles.Tag(model, features, document, cueFirst, cueEnd, ref labels, out var window);
                if (!Marks(roles, window, quoteFirst, quoteEnd, AttributionLabels.Content)) continue;
                if (ModelRoles.SourceOf(context, roles, window, cueFirst, cueEnd) is not { Kind: not SpeakerPhraseKind.Unnamed } phrase) continue;
                if (phrase.First < quoteEnd && phrase.End > quoteFirst) continue;
                var attributed = QuoteClaims.Make(context, ClaimKind.Quote, claim.Start, claim.End, ClaimRules.QuoteModel, cueFirst, cueEnd, phrase);
                quote.Claim = attributed;
                quote.Evidence = QuoteEvidence.Weak;
                break;
            }
        }
    }

    /// <summary>True when the role tagger gave <paramref name="label"/> to a token of [first, end).</summary>
    private static bool Marks(ReadOnlySpan<int> roles, SentenceSpan window, int first, int end, int label)
    {
        for (int t = Math.Max(first, window.FirstToken); t < Math.Min(end, window.EndToken); t++)
            if (roles[t - window.FirstToken] == label) return true;
        return false;
    }
}
