using System.Security.Cryptography;
using System.Text;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// A quantity corpus argument: "PATH", "PATH@dev" or "PATH@test" (the way `--corpus PATH@train/@heldout` splits
/// tagger corpora). The halves are fixed by the sentence id: the first byte of SHA-256 of the UTF-8 id, even is
/// dev, odd is test, so a sentence never changes half between machines or runs. The format is told by the file's
/// content: a JSON array of Recognizers-Text cases ("Input") or quantulum3 cases ("req"), else JSONL.
/// </summary>
public sealed record QuantityCorpusSource(string Path, string? Part)
{
    public static QuantityCorpusSource Parse(string spec)
    {
        int at = spec.LastIndexOf('@');
        if (at > 0 && spec[(at + 1)..] is "dev" or "test") return new QuantityCorpusSource(spec[..at], spec[(at + 1)..]);
        // "numbers-dev.jsonl@tets": a mistyped half, not a file of that name.
        if (at > 0 && !File.Exists(spec) && File.Exists(spec[..at]))
            throw new FormatException($"{spec}: unknown half '{spec[(at + 1)..]}' (dev or test)");
        if (spec.Length == 0) throw new FormatException("'' (an empty argument): no such corpus file");
        return new QuantityCorpusSource(spec, null);
    }

    /// <summary>The file a corpus argument reads ("x.jsonl@dev" → "x.jsonl"); never throws, for checking an output against it.</summary>
    public static string PathOf(string spec)
    {
        int at = spec.LastIndexOf('@');
        return at > 0 && spec[(at + 1)..] is "dev" or "test" ? spec[..at] : spec;
    }

    /// <param name="canonicalUnit">
    /// Names a peer suite's unit as the numbers stage does ("Kilometer per hour" → kilometre per hour, "Canadian dollar"
    /// → dollar): the suites name units their own way; our own corpora already use our names and are read as written.
    /// </param>
    public IEnumerable<QuantitySentence> Read(Func<string, string>? canonicalUnit = null)
    {
        var sentences = PeerSuiteCases.TryRead(Path) is { } suite
            ? canonicalUnit is null ? suite : suite.Select(s => s with { Quantities = [.. s.Quantities.Select(q => q with { Unit = canonicalUnit(q.Unit) })] }).ToList()
            : QuantityCorpus.Read(Path);
        return Part is null ? sentences : sentences.Where(s => IsTest(s.Id) == (Part == "test"));
    }

    /// <summary>Odd first byte of SHA-256 of the id: about half of the sentences.</summary>
    public static bool IsTest(string id) => (SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] & 1) == 1;

    public override string ToString() => Part is null ? Path : $"{Path}@{Part}";
}
