using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Reported;

/// <summary>"Baradar has vowed to build …", "the mayor pledged to repair …": the commitment is the infinitive after the cue.</summary>
internal sealed class IntentHandler : IReportedSpeechHandler
{
    public static readonly ClaimRule Rule = ClaimRules.IndirectIntent;

    public Claim? Find(QuoteContext context, SentenceSpan sentence, int cue, int length, Cue entry)
    {
        var document = context.Document;
        int to = cue + length;
        if (to + 1 >= sentence.EndToken || document.FoldedToken(to) is not "to") return null;
        var phrase = context.Speakers.FindLeft(document, cue, sentence.FirstToken);
        if (phrase is null) return null;
        int contentEnd = QuoteText.TrimEnd(document, sentence.FirstToken, sentence.EndToken);
        if (to + 1 >= contentEnd) return null;
        return QuoteClaims.Make(context, ClaimKind.Indirect, document.Tokens[to + 1].Start, document.Tokens[contentEnd - 1].End,
            Rule, cue, cue + length, phrase.Value);
    }
}
