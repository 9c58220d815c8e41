using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Claims.Quotes.Reported;

namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>
/// Reported speech: at each cue outside quotation marks, the handler of the cue's class reads the words and the
/// speaker. A claim inside a quotation (the quote row holds those words), one a mixed quote's row already is, or shorter than
/// <see cref="QuoteFinderOptions.MinIndirectWords"/> words is dropped.
/// </summary>
internal sealed class ReportedSpeechPass : IQuotePass
{
    private readonly IReportedSpeechHandler _according = new AccordingHandler();
    private readonly IReportedSpeechHandler _speech = new SpeechCueHandler();
    private readonly IReportedSpeechHandler _intent = new IntentHandler();

    /// <summary>One handler per cue class.</summary>
    private IReportedSpeechHandler? HandlerFor(CueClass cueClass) => cueClass switch
    {
        // "according to X, …": the source is named after the cue.
        CueClass.According => _according,
        // "X said (that) …", "…, X said.": a clause on either side of the cue.
        CueClass.Speech => _speech,
        // An outlet's verb takes the same clauses: "…, The Washington Post reports."
        CueClass.Report => _speech,
        // "X vowed to …": the infinitive after the cue.
        CueClass.Intent => _intent,
        // A title cue names a work; a setting ("in a statement") never names the speaker.
        _ => null,
    };

    public void Run(QuoteRun run)
    {
        var context = run.Context;
        var document = context.Document;
        foreach (var sentence in document.Sentences)
        {
            for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
            {
                if (context.IsQuoted(c) || !context.TryCueAt(c, out var cue, out int length)) continue;
                var claim = HandlerFor(cue.Class)?.Find(context, sentence, c, length, cue);
                if (claim is null || IsInsideQuotation(run.Quotations, claim.Start, claim.End) || HeldByMixedQuote(run, claim)) continue;
                if (QuoteText.WordCount(document, claim.Start, claim.End) < context.Options.MinIndirectWords) continue;
                document.Claims.Add(claim);
                // A second attribution may follow the first's clause in the same sentence ("…, and Hale said …").
                c = Math.Max(c, document.TokenAt(claim.End));
            }
        }
    }

    /// <summary>
    /// "X said she wanted it because “most people do not know.”": the mixed quote's row is already this clause,
    /// quotation marks included (decision 21), so the reported clause would be the same claim twice; it is no row of
    /// its own. When the reported clause starts first, its cue governs the mixed one ("Cruz said he's certain Rubio
    /// will continue to be “a champion”": Cruz speaks, not Rubio), so the mixed row takes its start, cue and speaker.
    /// </summary>
    private static bool HeldByMixedQuote(QuoteRun run, Claim claim)
    {
        foreach (var quote in run.Quotes)
        {
            if (quote.Evidence != QuoteEvidence.MixedClause) continue;
            var mixed = quote.Claim;
            int overlap = Math.Min(mixed.End, claim.End) - Math.Max(mixed.Start, claim.Start);
            if (overlap * 2 <= claim.End - claim.Start) continue;
            if (claim.Start < mixed.Start && claim.HasSpeakerMention)
            {
                mixed.Start = claim.Start;
                mixed.CueStart = claim.CueStart;
                mixed.CueEnd = claim.CueEnd;
                mixed.SpeakerStart = claim.SpeakerStart;
                mixed.SpeakerEnd = claim.SpeakerEnd;
                mixed.SpeakerKind = claim.SpeakerKind;
                mixed.SpeakerRole = claim.SpeakerRole;
                mixed.SpeakerFrom = null;
            }
            return true;
        }
        return false;
    }

    private static bool IsInsideQuotation(List<QuotationSpan> quotations, int start, int end)
    {
        // Quotations do not overlap, so only the last one opening at or before start can hold the span.
        int last = QuotationScanner.FirstFrom(quotations, start + 1) - 1;
        return last >= 0 && end <= quotations[last].End;
    }
}
