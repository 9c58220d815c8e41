using ClaimPipeline.Claims.Attribution;
using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>
/// The trained attribution model's claims (<see cref="AttributionModel"/>), added where the rules made none: at each
/// cue it finds outside quotation marks, whose cue no rule's claim already has, its role tagger marks the content
/// and the source in the cue's sentence. A content the rules' claims already cover for the most part, one inside or
/// holding a quotation (the quote rules own those), or one shorter than
/// <see cref="QuoteFinderOptions.MinIndirectWords"/> words is dropped.
/// </summary>
internal sealed class ModelAttributionPass : IQuotePass
{
    public void Run(QuoteRun run)
    {
        var context = run.Context;
        if (context.Options.AttributionModel is not { } model) return;
        var document = context.Document;
        var tokens = document.Tokens;
        int[] labels = [];
        var features = run.ModelFeatures;
        var cues = run.ModelCues = new List<(int, int)>?[document.Sentences.Length];
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            features.Load(document, context, sentence);
            cues[s] = model.FindCues(features);
            foreach (var (cueFirst, cueEnd) in cues[s]!)
            {
                // The model never starts a cue inside a quotation (SentenceFeatures.CanStartCue): the quote rules own those.
                if (HasCue(run, tokens[cueFirst].Start, tokens[cueEnd - 1].End)) continue;
                var roles = ModelRoles.Tag(model, features, document, cueFirst, cueEnd, ref labels, out var window);
                if (ModelRoles.ContentOf(roles, window, cueFirst, cueEnd) is not var (first, end)) continue;
                end = QuoteText.TrimEnd(document, first, end);
                if (end <= first || context.AnyQuoted(first, end)) continue;
                int start = tokens[first].Start, stop = tokens[end - 1].End;
                if (QuoteText.WordCount(document, start, stop) < context.Options.MinIndirectWords || Covered(run, start, stop)) continue;
                document.Claims.Add(Make(context, start, stop, cueFirst, cueEnd, ModelRoles.SourceOf(context, roles, window, cueFirst, cueEnd)));
            }
        }
    }

    private static Claim Make(QuoteContext context, int start, int end, int cueFirst, int cueEnd, SpeakerPhrase? phrase)
    {
        if (phrase is { } found) return QuoteClaims.Make(context, ClaimKind.Indirect, start, end, ClaimRules.IndirectModel, cueFirst, cueEnd, found);
        var tokens = context.Document.Tokens;
        return new Claim
        {
            Kind = ClaimKind.Indirect,
            Start = start,
            End = end,
            Rule = ClaimRules.IndirectModel,
            CueStart = tokens[cueFirst].Start,
            CueEnd = tokens[cueEnd - 1].End,
            Confidence = ClaimRules.IndirectModel.Prior.For(null),
        };
    }

    /// <summary>True when a claim made so far has a cue overlapping [start, end).</summary>
    private static bool HasCue(QuoteRun run, int start, int end)
    {
        foreach (var claim in run.Document.Claims)
            if (claim.CueStart >= 0 && claim.CueStart < end && claim.CueEnd > start) return true;
        foreach (var quote in run.Quotes)
            if (quote.Claim.CueStart >= 0 && quote.Claim.CueStart < end && quote.Claim.CueEnd > start) return true;
        return false;
    }

    /// <summary>True when the claims made so far cover more than half of [start, end).</summary>
    private static bool Covered(QuoteRun run, int start, int end)
    {
        int covered = 0;
        foreach (var claim in run.Document.Claims)
            covered += Math.Max(0, Math.Min(end, claim.End) - Math.Max(start, claim.Start));
        foreach (var quote in run.Quotes)
            covered += Math.Max(0, Math.Min(end, quote.Claim.End) - Math.Max(start, quote.Claim.Start));
        return covered * 2 > end - start;
    }
}
