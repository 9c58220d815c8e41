using ClaimPipeline.Nlp.Entities;

namespace ClaimPipeline.Claims.Speakers;

/// <summary>
/// The last check on a speaker as a reviewer reads it: a speaker is a name or a description, so one without a
/// letter ("70%", "2.25%": a poll share or a number is content, not a source) is no speaker, and punctuation that a
/// broken entity span dragged in ("Porsche -", "Incomes Data Services'", "'s Office") is not part of it. A period
/// stays when it ends an abbreviation the lexicons know ("Acme Co.", "Gen."), since it belongs to the word; such a
/// word alone ("Co.") is the cut-off tail of a name, and no speaker.
/// </summary>
public static class SpeakerText
{
    public static string? Clean(string? speaker, NameLexicons names)
    {
        if (speaker is null) return null;
        var text = speaker.AsSpan().Trim();
        // A possessive clitic left at the start ("'s Office" from "the Commissioner's Office") opens no name.
        if (text.Length > 2 && text[0] is '\'' or '\u2019' && text[1] is 's' && text[2] == ' ') text = text[3..];
        int start = 0, end = text.Length;
        while (start < end && !char.IsLetterOrDigit(text[start])) start++;
        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            if (text[end - 1] == '.' && EndsWithAbbreviation(text[start..end], names)) break;
            end--;
        }
        var cleaned = text[start..end].Trim();
        // A lone "Co." or "Inc." is the tail of a company name the recognizer cut, not a name.
        if (cleaned.IndexOf(' ') < 0 && cleaned.EndsWith('.') && EndsWithAbbreviation(cleaned, names)) return null;
        bool hasLetter = false;
        foreach (var c in cleaned) hasLetter |= char.IsLetter(c);
        if (!hasLetter) return null;
        return cleaned.Length == speaker.Length ? speaker : cleaned.ToString();
    }

    private static bool EndsWithAbbreviation(ReadOnlySpan<char> text, NameLexicons names)
    {
        int space = text.LastIndexOf(' ');
        var word = text[(space + 1)..];
        return names.OrgSuffixes.Contains(word) || names.Titles.Contains(word) || word is "Jr." or "Sr.";
    }
}
