using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>The sign of a number: a dash (or a plus sign) joined to the token after it.</summary>
public static class MinusSign
{
    /// <summary>
    /// A hyphen-minus (U+2212 folds to it) or an en dash joined to the token after it and standing after a space, a
    /// line start or an opening bracket: the sign of what follows ("-5C", "(-0.4%)", "-£3bn"). A dash joined to the
    /// word before is no sign: the tokenizer keeps "COVID-19", "F-16", "5-10", "3-1" and "2021-08-24" as one token, and
    /// "4.7%-4.8%" and "2000–2500" are ranges. A dash with a space after it is a range ("2000 - 2500") or a list
    /// bullet ("- 5 things").
    /// </summary>
    public static bool At(Document document, int t, int limit) => SignAt(document, t, limit, '-', '\u2013');

    /// <summary>A plus sign placed as a minus sign would be ("+0.8%", "(+1.2%)"): a rise in a market table.</summary>
    public static bool PlusAt(Document document, int t, int limit) => SignAt(document, t, limit, '+', '+');

    private static bool SignAt(Document document, int t, int limit, char sign, char otherSign)
    {
        if (t + 1 >= limit) return false;
        var dash = document.Tokens[t];
        if (dash.Length != 1 || (document.Folded[dash.Start] != sign && document.Folded[dash.Start] != otherSign)
            || document.Tokens[t + 1].Start != dash.End)
            return false;
        if (dash.Start == 0) return true;
        char before = document.Folded[dash.Start - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[';
    }

    /// <summary>0 stays 0 rather than becoming -0.</summary>
    public static double Negated(double value) => value == 0 ? 0 : -value;
}
