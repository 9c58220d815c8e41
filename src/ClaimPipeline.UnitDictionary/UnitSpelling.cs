using System.Text;

namespace ClaimPipeline.UnitDictionary;

/// <summary>Unit names as the numbers stage writes them: lowercase words, British spelling, and their plurals.</summary>
public static class UnitSpelling
{
    // Unit words that are the same in the plural, or whose plural is not made by adding -s or -es.
    private static readonly Dictionary<string, string> IrregularPlural = new(StringComparer.Ordinal)
    {
        ["foot"] = "feet", ["hertz"] = "hertz", ["horsepower"] = "horsepower", ["siemens"] = "siemens",
        ["lux"] = "lux", ["celsius"] = "celsius", ["fahrenheit"] = "fahrenheit", ["kelvin"] = "kelvins",
        ["yen"] = "yen", ["yuan"] = "yuan", ["renminbi"] = "renminbi", ["ringgit"] = "ringgit", ["baht"] = "baht",
        ["rand"] = "rand", ["won"] = "won", ["dong"] = "dong", ["kip"] = "kip", ["riel"] = "riels",
        ["stone"] = "stone", ["sheqel"] = "sheqalim", ["shekel"] = "shekels", ["krona"] = "kronor", ["krone"] = "kroner",
        ["króna"] = "krónur", ["real"] = "reais", ["sol"] = "soles", ["rupiah"] = "rupiah", ["naira"] = "naira",
        ["kwacha"] = "kwacha", ["forint"] = "forints", ["zloty"] = "zlotys", ["lira"] = "lire", ["euro"] = "euros",
        ["colón"] = "colones", ["penny"] = "pence", ["pence"] = "pence", ["series"] = "series", ["ångström"] = "ångströms", ["inch"] = "inches",
    };

    /// <summary>"KilowattHour" → "kilowatt hour"; already spaced names are only lowercased.</summary>
    public static string Words(string pascalCase)
    {
        var text = new StringBuilder(pascalCase.Length + 8);
        for (int i = 0; i < pascalCase.Length; i++)
        {
            char c = pascalCase[i];
            if (char.IsUpper(c) && i > 0 && pascalCase[i - 1] != ' ' && pascalCase[i - 1] != '-') text.Append(' ');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    /// <summary>British spelling of metric names: meter → metre, liter → litre (not in "parameter" or "diameter").</summary>
    public static string British(string name)
    {
        var words = name.ToLowerInvariant().Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.EndsWith("meter", StringComparison.Ordinal) && w is not ("parameter" or "diameter" or "perimeter"))
                words[i] = w[..^5] + "metre";
            else if (w.EndsWith("meters", StringComparison.Ordinal)) words[i] = w[..^6] + "metres";
            else if (w.EndsWith("liter", StringComparison.Ordinal)) words[i] = w[..^5] + "litre";
            else if (w.EndsWith("liters", StringComparison.Ordinal)) words[i] = w[..^6] + "litres";
            else if (w == "ton") words[i] = "ton";
        }
        return string.Join(' ', words);
    }

    /// <summary>A name as written and in British spelling, each with its plural ("kilometer", "kilometers", "kilometre", "kilometres").</summary>
    public static IEnumerable<string> Forms(string name)
    {
        var lower = name.ToLowerInvariant();
        var british = British(lower);
        return new[] { british, Plural(british), lower, Plural(lower) }.Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// The plural of a unit name: the word before "per" or "of" takes it ("kilometres per hour", "inches of water"),
    /// otherwise the last word ("square miles").
    /// </summary>
    public static string Plural(string name)
    {
        var words = name.Split(' ');
        int head = words.Length - 1;
        for (int i = 1; i < words.Length; i++)
            if (words[i] is "per" or "of") { head = i - 1; break; }
        words[head] = PluralWord(words[head]);
        return string.Join(' ', words);
    }

    private static string PluralWord(string word)
    {
        int hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1) return word[..(hyphen + 1)] + PluralWord(word[(hyphen + 1)..]);
        foreach (var (singular, plural) in IrregularPlural)
            if (word.EndsWith(singular, StringComparison.Ordinal)) return word[..^singular.Length] + plural;
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal)
            || word.EndsWith("sh", StringComparison.Ordinal))
            return word + "es";
        if (word.Length > 2 && word[^1] == 'y' && "aeiou".IndexOf(word[^2]) < 0) return word[..^1] + "ies";
        return word + "s";
    }
}
