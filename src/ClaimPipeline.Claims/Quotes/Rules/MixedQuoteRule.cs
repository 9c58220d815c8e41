using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>
/// "Trump said the plan was “a disaster”", "described the ban as “ridiculous”": words stand between the cue before
/// the quotation and its opening mark, so the claim is the clause around the quoted words, up to the sentence's
/// end or a second attribution in it.
/// </summary>
internal sealed class MixedQuoteRule : IQuoteRule
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteMixed;

    public QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote)
    {
        if (quote.CueBefore is not { Phrase: { } phrase } cue || cue.Class == CueClass.According) return QuoteRuleResult.NoMatch;
        // The speaker stands before the cue ("X said …"), and the quoted words close in the sentence the clause is in.
        if (phrase.End > cue.Cue || !quote.InOneSentence) return QuoteRuleResult.NoMatch;
        var document = context.Document;
        if (ContentStart(document, cue.CueEnd, quote.OpenToken) is not int contentStart) return QuoteRuleResult.NoMatch;
        int lastToken = quote.LastToken;
        int sentenceEnd = ClauseReader.End(context, lastToken + 1,
            QuoteText.TrimEnd(document, lastToken + 1, document.Sentences[quote.CloseSentence].EndToken));
        int end = Math.Max(document.Tokens[lastToken].End, sentenceEnd > lastToken + 1 ? document.Tokens[sentenceEnd - 1].End : 0);
        var claim = QuoteClaims.Make(context, ClaimKind.Quote, document.Tokens[contentStart].Start, end, Rule, cue.Cue, cue.CueEnd, phrase);
        return QuoteRuleResult.Attributed(claim, QuoteEvidence.MixedClause);
    }

    /// <summary>
    /// The first token of a mixed quote's clause when words stand between the cue and the opening mark ("said the
    /// plan was “a disaster”"), else null ("said: “…”", "said that “…”").
    /// </summary>
    private static int? ContentStart(Document document, int afterCue, int openToken)
    {
        int t = afterCue;
        while (t < openToken && document.Tokens[t].Kind == TokenKind.Punctuation) t++;
        if (t < openToken && document.FoldedToken(t) is "that") t++;
        return QuoteText.CountWords(document, t, openToken, atMost: 0) > 0 ? t : null;
    }
}
