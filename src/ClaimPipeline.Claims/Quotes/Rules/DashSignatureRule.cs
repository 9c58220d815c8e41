using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>"“…” ― Martha Aguilar", "“…” ― Peter Novak, a teacher in Denver": a quote signed with a dash and a name that ends its paragraph.</summary>
internal sealed class DashSignatureRule : IQuoteRule
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteDash;

    public QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote)
    {
        var quotation = quote.Quotation;
        if (quotation.CloseMark < 0 || Signature(context, quote.LastToken) is not var (dash, phrase)) return QuoteRuleResult.NoMatch;
        return QuoteRuleResult.Attributed(QuoteClaims.Make(context, ClaimKind.Quote, quotation.Start, quotation.End, Rule, dash, dash + 1, phrase));
    }

    private static (int Dash, SpeakerPhrase Phrase)? Signature(QuoteContext context, int closeToken)
    {
        var document = context.Document;
        int dash = closeToken + 1;
        if (dash >= document.Tokens.Length || document.FoldedToken(dash) is not ("\u2014" or "\u2015" or "--" or "-")) return null;
        int sentence = document.SentenceOfToken(closeToken);
        if (sentence < 0) return null;
        var paragraph = document.Paragraphs[document.Sentences[sentence].Paragraph];
        int paragraphEnd = document.Sentences[paragraph.EndSentence - 1].EndToken;
        if (context.Speakers.FindRight(document, dash + 1, paragraphEnd) is not { Kind: SpeakerPhraseKind.Name } phrase) return null;
        // The name ends the paragraph, or an apposition follows it ("― Peter Novak, a teacher in Denver").
        int end = phrase.End;
        if (end < paragraphEnd && document.FoldedToken(end) is ",") return (dash, phrase);
        while (end < paragraphEnd && document.Tokens[end].Kind == TokenKind.Punctuation) end++;
        return end == paragraphEnd ? (dash, phrase) : null;
    }
}
