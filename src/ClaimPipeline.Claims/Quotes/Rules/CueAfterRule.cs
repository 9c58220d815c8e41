using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>
/// "“…,” Mujahid said", "“…,” said the agency, which …", "“…” about the decision, said RoseAnn DeMoro": a verb of
/// saying (or an outlet's verb) within a few tokens after the closing mark, its speaker on either side of it.
/// </summary>
internal sealed class CueAfterRule : IQuoteRule
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteCueAfter;

    /// <summary>How far past the quote a cue may stand when a long speaker phrase fills the gap.</summary>
    private const int MaxSpeakerBeforeCueTokens = 30;

    public QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote)
    {
        var quotation = quote.Quotation;
        if (quotation.CloseMark < 0) return QuoteRuleResult.NoMatch;
        var document = context.Document;
        var speakers = context.Speakers;
        int cueWindow = context.Options.CueWindowTokens;
        int lastToken = quote.LastToken;
        int sentenceEnd = document.Sentences[quote.CloseSentence].EndToken;
        int window = lastToken + 1;
        // "“… to regulate?” Vitter demanded.": a question or exclamation inside the marks ends the sentence for
        // the splitter, but the cue is in the short sentence after it, in the same paragraph.
        // A cue on the line after the quote ("…,”¶said Maria Lopez.") counts too, when that line is nothing else.
        if (window == sentenceEnd && quote.CloseSentence + 1 < document.Sentences.Length)
        {
            var next = document.Sentences[quote.CloseSentence + 1];
            int paragraph = document.Sentences[quote.CloseSentence].Paragraph;
            bool sameParagraph = next.Paragraph == paragraph;
            bool cueLine = next.Paragraph == paragraph + 1 && document.Paragraphs[next.Paragraph].EndSentence == quote.CloseSentence + 2
                && document.Paragraphs[paragraph].EndSentence == quote.CloseSentence + 1;
            if ((sameParagraph || cueLine) && next.TokenCount <= cueWindow + 1)
                sentenceEnd = next.EndToken;
        }
        if (window < sentenceEnd && document.FoldedToken(window) is ",") window++;
        // The cue follows within a few tokens, or after a long speaker phrase that starts right after the quote
        // ("…,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing, said).
        int windowEnd = Math.Min(sentenceEnd, window + MaxSpeakerBeforeCueTokens);
        for (int c = window; c < windowEnd; c++)
        {
            if (context.IsQuoted(c) || document.FoldedToken(c) is "\"") break;
            if (!context.TryCueAt(c, out var cue, out int length) || cue.Class is not (CueClass.Speech or CueClass.Report)) continue;
            // Before the cue a name or a plain noun phrase ("the congressional report said"); after it the same
            // ("said the agency, which …"), also when words stand between the quote and the cue ("“…” about the
            // decision, said RoseAnn DeMoro").
            var phrase = c > window ? speakers.FindLeft(document, c, window) ?? speakers.DescriptionBefore(document, window, c) : null;
            bool participle = document.FoldedToken(c).EndsWith("ing", StringComparison.Ordinal);
            if (phrase is null && !participle && (c == window || document.FoldedToken(c - 1) is ","))
                phrase = speakers.FindRight(document, c + length, sentenceEnd) ?? speakers.DescriptionAfter(document, c + length, sentenceEnd);
            if (phrase is null) break;
            if (c - window > cueWindow && !OnlyNameWords(document, window, QuoteText.PhraseStart(phrase.Value))
                && !EndsClauseAfterComma(document, QuoteText.PhraseStart(phrase.Value), c + length, sentenceEnd)) break;
            return QuoteRuleResult.Attributed(QuoteClaims.Make(context, ClaimKind.Quote, quotation.Start, quotation.End, Rule, c, c + length, phrase.Value));
        }
        return QuoteRuleResult.NoMatch;
    }

    /// <summary>Tokens [first, end) are capitalised words or determiners: a title or name before the speaker phrase proper.</summary>
    private static bool OnlyNameWords(Document document, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            var word = document.FoldedToken(t);
            if (document.Tokens[t].Kind != TokenKind.Word || !(char.IsUpper(word[0]) || word is "the" or "a" or "an")) return false;
        }
        return true;
    }

    /// <summary>"“…” to drive up the stock price, she said, referencing …": a speaker and cue set off by a comma, closing the clause.</summary>
    private static bool EndsClauseAfterComma(Document document, int phraseStart, int afterCue, int sentenceEnd) =>
        phraseStart > 0 && document.FoldedToken(phraseStart - 1) is ","
        && (afterCue >= sentenceEnd || document.Tokens[afterCue].Kind == TokenKind.Punctuation);
}
