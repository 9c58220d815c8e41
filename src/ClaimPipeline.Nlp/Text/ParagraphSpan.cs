namespace ClaimPipeline.Nlp.Text;

/// <summary>A paragraph: sentences [FirstSentence, EndSentence) and characters [Start, End).</summary>
public readonly record struct ParagraphSpan(int FirstSentence, int EndSentence, int Start, int End);
