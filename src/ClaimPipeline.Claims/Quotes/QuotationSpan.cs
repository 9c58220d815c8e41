namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// Text between quotation marks. Start/End delimit the content (marks excluded); OpenMark and CloseMark are the
/// marks' offsets, CloseMark -1 when the paragraph ended first. ContinuesInNextParagraph marks the news convention
/// of leaving a quote open when it runs on into a paragraph that opens with a quotation mark.
/// </summary>
public readonly record struct QuotationSpan(
    int OpenMark, int Start, int End, int CloseMark, int Paragraph, bool ContinuesInNextParagraph);
