namespace ClaimPipeline.Nlp.Lexicons;

/// <summary>One data line of a lexicon file: its 1-based line number and its tab-separated fields.</summary>
public readonly record struct LexiconLine(int LineNumber, string[] Fields)
{
    public string this[int index] => index < Fields.Length ? Fields[index] : "";
}
