namespace ClaimPipeline.Nlp.Normalization;

/// <summary>
/// Folds typographic variants to ASCII one char for one char, so folded offsets equal text offsets:
/// curly double quotes to '"', curly single quotes and primes to '\'', odd spaces, zero-width and direction marks to ' ',
/// Unicode hyphens to '-', line and paragraph separators to '\n'. A pair of single quotes or backticks standing
/// for a double quotation mark (''like this'', ``this'', as some feeds and corpora write them) folds to '"' and a space.
/// </summary>
public static class TextFolder
{
    public static char Fold(char c) => c switch
    {
        < '\u0080' => c,
        '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200B') or '\u202F' or '\u205F' or '\u3000'
            or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => ' ',
        // Direction marks, embeddings, overrides and isolates: invisible, and never part of a word.
        '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u061C' => ' ',
        '\u2028' or '\u2029' or '\u0085' => '\n',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' or '\uFF02' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '\u02BC' or '\uFF07' => '\'',
        '\u2010' or '\u2011' or '\u2212' => '-',
        _ => c,
    };

    public static string Fold(string text)
    {
        int i = 0;
        while (i < text.Length && Fold(text[i]) == text[i] && !IsDoubledMark(text, i)) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, text, static (dest, src) =>
        {
            for (int k = 0; k < src.Length; k++)
            {
                if (IsDoubledMark(src, k))
                {
                    dest[k] = '"';
                    dest[++k] = ' ';
                    continue;
                }
                dest[k] = Fold(src[k]);
            }
        });
    }

    /// <summary>Two single quotes or two backticks at <paramref name="i"/> that stand for one double quotation mark.</summary>
    public static bool IsDoubledMark(string text, int i) =>
        i + 1 < text.Length && IsSingleMark(text[i]) && IsSingleMark(text[i + 1]);

    private static bool IsSingleMark(char c) => c is '\'' or '`' or '\u2018' or '\u2019';
}
