using System.Globalization;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tokenization;

/// <summary>
/// Splits the folded text into tokens without changing it. Keeps whole: letter-dot acronyms ("C.I.A."),
/// listed abbreviations ("Mr."), numbers with separators ("20,000", "1.5"), ordinals ("31st"), hyphenated words
/// ("re-gained"), URLs and e-mail addresses. Splits English clitics ("Taliban" + "’s", "do" + "n't").
/// </summary>
public sealed class Tokenizer(Abbreviations abbreviations) : IStage
{
    public string Name => "tokenize";
    public IReadOnlyList<Layer> Requires { get; } = [Layer.Folded];
    public IReadOnlyList<Layer> Reads { get; } = [];
    public IReadOnlyList<Layer> Produces { get; } = [Layer.Tokens];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = new List<TokenSpan>(document.Folded.Length / 5 + 4);
        Tokenize(document.Folded, tokens);
        document.Tokens = tokens.ToArray();
    }

    /// <summary>Appends the tokens of <paramref name="text"/> (already folded) to <paramref name="tokens"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<TokenSpan> tokens)
    {
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            if (IsSeparator(c))
            {
                i++;
                continue;
            }
            if (IsWordChar(c))
            {
                i = ReadWord(text, i, tokens);
                continue;
            }
            int end = i + 1;
            if (char.IsHighSurrogate(c) && end < n && char.IsLowSurrogate(text[end]))
            {
                end++;
                // A letter outside the BMP (e.g. a rare CJK ideograph) reads as a word; emoji and others stay symbols.
                var category = CharUnicodeInfo.GetUnicodeCategory(text.Slice(i, 2).ToString(), 0);
                if (category is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherLetter)
                {
                    tokens.Add(new TokenSpan(i, end, TokenKind.Word));
                    i = end;
                    continue;
                }
            }
            else if (c == '.' && end + 1 < n && text[end] == '.' && text[end + 1] == '.')
            {
                while (end < n && text[end] == '.') end++;
            }
            else if (c == '-' && end < n && text[end] == '-')
            {
                while (end < n && text[end] == '-') end++;
            }
            tokens.Add(new TokenSpan(i, end, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            i = end;
        }
    }

    private int ReadWord(ReadOnlySpan<char> text, int start, List<TokenSpan> tokens)
    {
        int n = text.Length;

        int acronymEnd = MatchLetterDotAcronym(text, start);
        if (acronymEnd > 0)
        {
            tokens.Add(new TokenSpan(start, acronymEnd, TokenKind.Word));
            return acronymEnd;
        }

        int urlEnd = MatchUrlOrEmail(text, start);
        if (urlEnd > 0)
        {
            tokens.Add(new TokenSpan(start, urlEnd, TokenKind.Url));
            return urlEnd;
        }

        int j = start;
        while (true)
        {
            while (j < n && IsWordChar(text[j])) j++;
            if (j >= n - 1) break;
            char c = text[j];
            char next = text[j + 1];
            bool prevDigit = char.IsDigit(text[j - 1]);
            if ((c == '-' || c == '&') && IsLetterOrDigit(next))
            {
                j++;
                continue;
            }
            if ((c == ',' || c == '.') && prevDigit && char.IsDigit(next))
            {
                j++;
                continue;
            }
            if (c == '\'' && char.IsLetter(next))
            {
                int clitic = CliticStart(text, start, j);
                if (clitic >= 0)
                {
                    // "the 24-year-old's album": the token before a clitic is a number when it starts with a digit, as any other.
                    if (clitic > start) tokens.Add(new TokenSpan(start, clitic, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word));
                    int cliticEnd = j + 1;
                    while (cliticEnd < n && char.IsLetter(text[cliticEnd])) cliticEnd++;
                    tokens.Add(new TokenSpan(clitic, cliticEnd, TokenKind.Word));
                    return cliticEnd;
                }
                j++;
                continue;
            }
            break;
        }

        int end = j;
        if (end < n && text[end] == '.' && abbreviations.TryGet(text[start..(end + 1)], out _))
            end++;
        tokens.Add(new TokenSpan(start, end, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word));
        return end;
    }

    /// <summary>
    /// Where the clitic starts when the apostrophe at <paramref name="apostrophe"/> begins "'s", "'re", "'ve", "'ll",
    /// "'d", "'m" or ends "n't"; -1 when the apostrophe is inside a name such as "O'Brien".
    /// </summary>
    private static int CliticStart(ReadOnlySpan<char> text, int wordStart, int apostrophe)
    {
        int n = text.Length;
        int k = apostrophe + 1;
        while (k < n && char.IsLetter(text[k])) k++;
        var suffix = text[(apostrophe + 1)..k];
        if (k < n && IsWordChar(text[k])) return -1;
        if (suffix.Equals("t", StringComparison.OrdinalIgnoreCase) && apostrophe - 1 > wordStart
            && (text[apostrophe - 1] is 'n' or 'N'))
            return apostrophe - 1;
        if (suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("d", StringComparison.OrdinalIgnoreCase) || suffix.Equals("m", StringComparison.OrdinalIgnoreCase))
            return apostrophe;
        return -1;
    }

    /// <summary>End of "C.I.A.", "U.S.", "a.m." (single letters each followed by a dot, at least two); else 0.</summary>
    private static int MatchLetterDotAcronym(ReadOnlySpan<char> text, int start)
    {
        int n = text.Length;
        int j = start;
        int letters = 0;
        while (j + 1 < n && char.IsLetter(text[j]) && text[j + 1] == '.' && (j == start || text[j - 1] == '.'))
        {
            letters++;
            j += 2;
        }
        if (letters < 2) return 0;
        if (j < n && IsWordChar(text[j])) return 0;
        return j;
    }

    private static int MatchUrlOrEmail(ReadOnlySpan<char> text, int start)
    {
        int n = text.Length;
        int j = start;
        while (j < n && !IsSeparator(text[j]) && text[j] != '"' && text[j] != '<' && text[j] != '>') j++;
        var candidate = text[start..j];
        bool url = candidate.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || candidate.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || candidate.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        int at = candidate.IndexOf('@');
        bool email = !url && at > 0 && candidate[(at + 1)..].IndexOf('.') > 0;
        if (!url && !email) return 0;
        // Sentence punctuation after a link belongs to the sentence.
        while (j > start && text[j - 1] is '.' or ',' or ';' or ':' or ')' or '!' or '?' or '\'') j--;
        return j;
    }

    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static bool IsLetterOrDigit(char c) => char.IsLetterOrDigit(c);

    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;
    }
}
