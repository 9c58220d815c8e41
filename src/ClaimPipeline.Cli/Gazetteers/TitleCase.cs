using System.Text;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// Writes a lowercase name ("manchester united", "bay of pigs", "u.s. open") as running text capitalises it
/// ("Manchester United", "Bay of Pigs", "U.S. Open"): each word's first letter, letters after '-' and '.', "Mc" and
/// "O'" names; short words without a vowel are initialisms ("BBC"); connecting words after the first stay lowercase. The compromise lists are stored in lowercase only.
/// </summary>
public static class TitleCase
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "by", "da", "de", "del", "der", "des", "di", "du", "for", "in", "la", "le", "of", "on",
        "the", "to", "van", "von", "y",
    };

    private static readonly HashSet<string> RomanNumerals = new(StringComparer.Ordinal) { "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii" };

    public static string Apply(string lower)
    {
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = new StringBuilder(lower.Length);
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0) text.Append(' ');
            var word = words[w];
            if (w > 0 && Connectors.Contains(word)) text.Append(word);
            else if (RomanNumerals.Contains(word)) text.Append(word.ToUpperInvariant());
            else text.Append(Capitalise(word));
        }
        return text.ToString();
    }

    private static string Capitalise(string word)
    {
        var chars = word.ToCharArray();
        bool start = true;
        for (int i = 0; i < chars.Length; i++)
        {
            bool letter = char.IsLetter(chars[i]);
            if (start && letter) chars[i] = char.ToUpperInvariant(chars[i]);
            // A word's first letter may follow an opening quote: "\"weird al\"".
            start = chars[i] is '-' or '.' || (start && !letter) || (chars[i] == '\'' && i == 1 && chars[0] == 'O');
        }
        // A short word without a vowel is an initialism: "bbc", "fbi".
        if (chars.Length is >= 2 and <= 4 && chars.All(char.IsLetter) && word.IndexOfAny(['a', 'e', 'i', 'o', 'u', 'y']) < 0)
            return word.ToUpperInvariant();
        // "Mcdonald" → "McDonald".
        if (chars.Length > 3 && chars[0] == 'M' && chars[1] == 'c' && char.IsLetter(chars[2])) chars[2] = char.ToUpperInvariant(chars[2]);
        return new string(chars);
    }
}
