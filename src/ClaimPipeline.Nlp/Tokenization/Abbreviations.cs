using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Nlp.Tokenization;

/// <summary>Words whose final period belongs to the word (data/lexicons/abbreviations.txt).</summary>
public sealed class Abbreviations
{
    private readonly WordMap<AbbreviationKind> _map;

    public Abbreviations(IEnumerable<KeyValuePair<string, AbbreviationKind>> entries) =>
        _map = new WordMap<AbbreviationKind>(entries, ignoreCase: false);

    public static Abbreviations Empty { get; } = new([]);

    public static Abbreviations Load(string path) =>
        new(LexiconFile.Read(path).Select(l => KeyValuePair.Create(l[0], ParseKind(l[1]))));

    private static AbbreviationKind ParseKind(string kind) => kind.ToUpperInvariant() switch
    {
        "TITLE" => AbbreviationKind.Title,
        "ACRONYM" => AbbreviationKind.Acronym,
        _ => AbbreviationKind.Other,
    };

    public bool TryGet(ReadOnlySpan<char> wordWithPeriod, out AbbreviationKind kind) =>
        _map.TryGet(wordWithPeriod, out kind);
}
