namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>
/// Where a quotation stands, worked out once for all the rules: its opening mark's token, its last token (the
/// closing mark, or the last one inside when the paragraph ended first), their sentences, the first token of the
/// opening sentence, and the nearest cue before it.
/// </summary>
internal readonly record struct QuotationSite(
    QuotationSpan Quotation, int OpenToken, int LastToken, int OpenSentence, int CloseSentence, int SentenceStart, CueBefore? CueBefore)
{
    public bool InOneSentence => OpenSentence == CloseSentence;

    /// <summary>The quotation's site; false when it lies outside every sentence (no rule can read it).</summary>
    public static bool TryRead(QuoteContext context, QuotationSpan quotation, out QuotationSite site)
    {
        var document = context.Document;
        int openToken = document.TokenAt(quotation.OpenMark);
        int lastToken = quotation.CloseMark >= 0 ? document.TokenAt(quotation.CloseMark) : document.TokenAt(quotation.End - 1);
        int openSentence = document.SentenceOfToken(openToken);
        int closeSentence = document.SentenceOfToken(lastToken);
        site = default;
        if (openSentence < 0 || closeSentence < 0) return false;
        int sentenceStart = document.Sentences[openSentence].FirstToken;
        site = new QuotationSite(quotation, openToken, lastToken, openSentence, closeSentence, sentenceStart,
            CueBeforeReader.Nearest(context, openToken, sentenceStart));
        return true;
    }
}
