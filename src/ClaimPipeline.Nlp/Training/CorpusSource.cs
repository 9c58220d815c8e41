using ClaimPipeline.Nlp.Training.Corpora;

namespace ClaimPipeline.Nlp.Training;

/// <summary>
/// A corpus argument: "PATH" or "PATH@train" / "PATH@heldout". The suffix splits a corpus that has no official
/// split by document: a stable hash of the document id puts one document in ten into "heldout". The format is
/// told by the file: *.conllu (CoNLL-U), *.iob2 (Universal NER), *.tsv (BIO TSV), a name starting "wikigold"
/// (WikiGold), else CoNLL-2003.
/// </summary>
public sealed record CorpusSource(string Path, string? Part)
{
    public static CorpusSource Parse(string spec)
    {
        int at = spec.LastIndexOf('@');
        if (at > 0 && spec[(at + 1)..] is "train" or "heldout") return new CorpusSource(spec[..at], spec[(at + 1)..]);
        return new CorpusSource(spec, null);
    }

    public string Format => System.IO.Path.GetFileName(Path).ToLowerInvariant() switch
    {
        var n when n.EndsWith(".conllu", StringComparison.Ordinal) => "conllu",
        var n when n.EndsWith(".iob2", StringComparison.Ordinal) => "uner",
        var n when n.EndsWith(".tsv", StringComparison.Ordinal) => "bio-tsv",
        var n when n.StartsWith("wikigold", StringComparison.Ordinal) => "wikigold",
        _ => "conll2003",
    };

    /// <summary>The news domain of the corpus: Worldwide Newswire for BIO TSV, Reuters-style newswire otherwise.</summary>
    public int Domain => Format == "bio-tsv" ? Tagging.NewsDomain.Worldwide : Tagging.NewsDomain.Reuters;

    public IEnumerable<TaggedSentence> Read()
    {
        if (!File.Exists(Path)) throw new FileNotFoundException($"{Path}: no such corpus file", Path);
        var sentences = Format switch
        {
            "conllu" => ConllUReader.Read(Path),
            "uner" => UnerReader.Read(Path),
            "bio-tsv" => BioTsvReader.Read(Path),
            "wikigold" => WikiGoldReader.Read(Path),
            _ => Conll2003Reader.Read(Path),
        };
        return Part is null ? sentences : sentences.Where(s => IsHeldOut(s.DocumentId) == (Part == "heldout"));
    }

    /// <summary>One document in ten, by a hash of its id that does not depend on the machine or the run.</summary>
    public static bool IsHeldOut(string? documentId)
    {
        if (documentId is null) return false;
        uint hash = 2166136261;
        foreach (var c in documentId) hash = (hash ^ c) * 16777619;
        return hash % 10 == 3;
    }

    public override string ToString() => Part is null ? Path : $"{Path}@{Part}";
}
