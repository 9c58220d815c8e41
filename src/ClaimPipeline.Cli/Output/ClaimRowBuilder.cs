using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimPipeline.Claims;
using ClaimPipeline.Cli.Input;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// Turns a processed document into rows, ordered by offset, with ids that depend only on the article text, one row
/// per kind and span, each with the metadata (title, url, source) of the article when given.
/// </summary>
public static class ClaimRowBuilder
{
    public static List<ClaimRow> Build(Document document, Article? article = null)
    {
        var claims = document.Claims.OrderBy(c => c.Start).ThenBy(c => c.Kind).ThenBy(c => c.End).ToList();
        var rows = new List<ClaimRow>(claims.Count);
        var published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Claim? previous = null;
        foreach (var claim in claims)
        {
            // Sorted, so claims of the same kind and span are neighbours: one row per claim (a mixed quote with two
            // quoted parts was found twice).
            if (previous is not null && previous.Kind == claim.Kind && previous.Start == claim.Start && previous.End == claim.End) continue;
            previous = claim;
            var text = document.Slice(claim.Start, claim.End);
            rows.Add(new ClaimRow
            {
                ArticleId = document.Id,
                ClaimId = ClaimId(claim, text),
                Kind = KindName(claim.Kind),
                Claim = text,
                Speaker = claim.Speaker,
                SpeakerMention = claim.HasSpeakerMention ? document.Slice(claim.SpeakerStart, claim.SpeakerEnd) : null,
                SpeakerRole = claim.SpeakerRole,
                Cue = claim.CueStart >= 0 ? document.Slice(claim.CueStart, claim.CueEnd) : null,
                CueStart = claim.CueStart >= 0 ? claim.CueStart : null,
                CueEnd = claim.CueStart >= 0 ? claim.CueEnd : null,
                Quantity = claim.Quantity,
                Unit = claim.Unit,
                Dimension = claim.Dimension,
                Qualifier = claim.Qualifier,
                Change = ChangeName(claim.Change),
                Subject = claim.Subject,
                Predicate = claim.Predicate,
                Time = claim.Time,
                Place = claim.Place,
                Sentence = Evidence(document, claim),
                Start = claim.Start,
                End = claim.End,
                SpeakerStart = claim.HasSpeakerMention ? claim.SpeakerStart : null,
                SpeakerEnd = claim.HasSpeakerMention ? claim.SpeakerEnd : null,
                Confidence = claim.Confidence,
                Rule = claim.Rule.Name,
                QuantityHigh = claim.QuantityHigh,
                Title = article?.Title,
                Url = article?.Url,
                Published = published,
                Source = article?.Source,
            });
        }
        return rows;
    }

    public static string KindName(ClaimKind kind) => kind switch
    {
        ClaimKind.Quote => "quote",
        ClaimKind.Indirect => "indirect",
        _ => "numeric",
    };

    /// <summary>
    /// The change code of the numbers stage ("=", "~", "&gt;", "&lt;", "up", "down") as the word the output shows:
    /// a lone "=" opens a formula in a spreadsheet, and words need no legend. The codes stay internal, where
    /// `eval numbers` compares them with the gold.
    /// </summary>
    public static string? ChangeName(string? code) => code switch
    {
        "=" => "exact",
        "~" => "approx",
        ">" => "min",
        "<" => "max",
        _ => code,
    };

    /// <summary>
    /// "c" and 12 hex digits of a hash of kind, offsets and claim text: the same article text gives the same id on
    /// any machine, and the letter keeps spreadsheets from reading "10e329246986" as a number or dropping a
    /// leading zero.
    /// </summary>
    private static string ClaimId(Claim claim, string text)
    {
        var key = $"{KindName(claim.Kind)}|{claim.Start}|{claim.End}|{text}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return "c" + Convert.ToHexStringLower(hash[..6]);
    }

    /// <summary>The sentences that hold the claim and its cue, within one paragraph of the claim.</summary>
    private static string Evidence(Document document, Claim claim)
    {
        if (document.Sentences.Length == 0) return document.Slice(claim.Start, claim.End);
        int first = document.SentenceOfToken(document.TokenAt(claim.Start));
        int last = document.SentenceOfToken(Math.Max(0, document.TokenAt(claim.End) - 1));
        if (first < 0 || last < 0) return document.Slice(claim.Start, claim.End);
        if (claim.CueStart >= 0)
        {
            int cue = document.SentenceOfToken(document.TokenAt(claim.CueStart));
            if (cue >= 0 && document.Sentences[cue].Paragraph == document.Sentences[first].Paragraph)
            {
                first = Math.Min(first, cue);
                last = Math.Max(last, cue);
            }
        }
        return Window(document, claim, document.Sentences[first].Start, document.Sentences[last].End);
    }

    /// <summary>Evidence longer than this is cut to the claim and its surroundings.</summary>
    public const int MaxEvidenceChars = 2000;

    /// <summary>
    /// The evidence, or, when it is longer than <see cref="MaxEvidenceChars"/> (a "sentence" that never ends, in a
    /// scraped page), the claim with up to 500 characters each side, marked with "…": otherwise every claim of such
    /// a text would repeat all of it and the output would grow with the square of the input.
    /// </summary>
    private static string Window(Document document, Claim claim, int start, int end)
    {
        if (end - start <= MaxEvidenceChars) return document.Slice(start, end);
        int from = Math.Max(start, Math.Min(claim.Start, claim.CueStart >= 0 ? claim.CueStart : claim.Start) - 500);
        int to = Math.Min(end, Math.Max(claim.End, claim.CueEnd) + 500);
        if (to - from > MaxEvidenceChars) to = Math.Min(end, Math.Max(claim.End, from + MaxEvidenceChars));
        // Do not split a surrogate pair.
        if (from > start && char.IsLowSurrogate(document.Text[from])) from--;
        if (to < end && to > 0 && char.IsHighSurrogate(document.Text[to - 1])) to++;
        return (from > start ? "\u2026" : "") + document.Slice(from, to) + (to < end ? "\u2026" : "");
    }
}
