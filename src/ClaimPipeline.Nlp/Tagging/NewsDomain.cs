namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// The news domains the entity recognizer was trained on. Features are duplicated per domain ("frustratingly easy"
/// domain adaptation), so the annotation habits of one corpus do not blur the other's.
/// </summary>
public static class NewsDomain
{
    public const int None = 0;
    /// <summary>Reuters-style English newswire (CoNLL-2003): the default for articles.</summary>
    public const int Reuters = 1;
    /// <summary>English-language news from Asia, Africa, Latin America and the Middle East (Worldwide Newswire).</summary>
    public const int Worldwide = 2;

    public static readonly IReadOnlyList<string> Names = ["none", "reuters", "worldwide"];

    public static int Parse(string name)
    {
        for (int i = 0; i < Names.Count; i++)
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
