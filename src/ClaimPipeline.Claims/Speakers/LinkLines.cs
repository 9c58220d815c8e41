using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Speakers;

/// <summary>
/// "READ MORE: Toronto Mayor Says Budget Is Balanced": a line of a web page that links to another article. Its
/// title-cased words are no one this article quotes, and the recognizer often takes them for a name ("Says Budget
/// Is Balanced"), which a later "he said" would then resolve to. The markers are the page furniture of news sites,
/// a closed set, followed by a colon.
/// </summary>
internal static class LinkLines
{
    private static readonly string[] Markers = ["READ MORE", "Read more", "Read More", "RELATED", "Related", "SEE ALSO", "See also", "MORE", "WATCH", "LISTEN"];

    /// <summary>True when the token's paragraph opens with a link marker and a colon.</summary>
    public static bool Contains(Document document, int token)
    {
        int sentence = document.SentenceOfToken(token);
        if (sentence < 0 || document.Paragraphs.Length == 0) return false;
        int paragraph = document.Sentences[sentence].Paragraph;
        if (paragraph < 0 || paragraph >= document.Paragraphs.Length) return false;
        var text = document.Text.AsSpan(document.Paragraphs[paragraph].Start).TrimStart();
        foreach (var marker in Markers)
            if (text.StartsWith(marker, StringComparison.Ordinal) && text[marker.Length..].TrimStart().StartsWith(":")) return true;
        return false;
    }
}
