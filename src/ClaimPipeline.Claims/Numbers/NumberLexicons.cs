using System.Globalization;
using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Nlp.Tokenization;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Number words, units and their kinds, time words, qualifiers, words of change and the words around them, words
/// that make a number no quantity or an age, words that make a date a row, and irregular verbs: the word lists of the number stage.
/// </summary>
public sealed class NumberLexicons
{
    public required WordMap<NumberWord> NumberWords { get; init; }
    /// <summary>Unit words after a number, any case: units.tsv (ours, first) and the unit dictionary's words.</summary>
    public required PhraseLexicon<UnitDictionaryEntry> Units { get; init; }

    /// <summary>Unit symbols after a number, exact case ("kW", "Hz", "ml"): the unit dictionary's symbols.</summary>
    public required PhraseLexicon<UnitDictionaryEntry> UnitSymbols { get; init; }

    /// <summary>Currency signs and codes before a number ("$", "£", "¥", "RM", "USD"), exact case.</summary>
    public required CurrencyWords CurrencyWords { get; init; }

    public required UnitDimensions UnitDimensions { get; init; }

    /// <summary>Adverbs after a unit that make it a rate, with the rate's time unit ("daily" → day): units.tsv kind "rate".</summary>
    public required WordMap<string> RateAdverbs { get; init; }
    public required WordMap<TimeWord> TimeWords { get; init; }
    public required PhraseLexicon<string> Qualifiers { get; init; }
    public required WordSet IrregularVerbs { get; init; }
    public required WordMap<ChangeWord> ChangeWords { get; init; }
    public required UnitKinds UnitKinds { get; init; }
    public required NonQuantityWords NonQuantityWords { get; init; }
    public required AgeWords AgeWords { get; init; }
    public required ChangeContextWords ChangeContext { get; init; }
    public required DateWords DateWords { get; init; }

    /// <summary>The first letters of the number words of each kind: the tokens a reader of such words can start at.</summary>
    public required IReadOnlyDictionary<NumberWordKind, string> NumberWordInitials { get; init; }

    /// <summary>The first letters of the month names and abbreviations in the time words.</summary>
    public required string MonthInitials { get; init; }

    /// <summary>The number word at token <paramref name="t"/> ("two", "million", "thousands", "third"), or null.</summary>
    public NumberWord? WordAt(Document document, int t) => NumberWords.TryGet(document.FoldedToken(t), out var word) ? word : null;

    public static NumberLexicons Load(NumberLexiconPaths paths, Tokenizer tokenizer)
    {
        var numberWords = new List<KeyValuePair<string, NumberWord>>();
        foreach (var line in LexiconFile.Read(paths.NumberWords, minFields: 3))
        {
            if (!double.TryParse(line[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !Enum.TryParse<NumberWordKind>(line[2], ignoreCase: true, out var kind))
                throw new LexiconException($"{paths.NumberWords}:{line.LineNumber}: expected word, number and kind");
            numberWords.Add(KeyValuePair.Create(line[0], new NumberWord(value, kind)));
        }
        var timeWords = new List<KeyValuePair<string, TimeWord>>();
        foreach (var line in LexiconFile.Read(paths.TimeWords, minFields: 2))
        {
            int.TryParse(line[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value);
            timeWords.Add(KeyValuePair.Create(line[0], new TimeWord(line[1].ToLowerInvariant(), value)));
        }
        var changeWords = new Dictionary<string, ChangeWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in LexiconFile.Read(paths.ChangeWords, minFields: 3))
        {
            if (line[1] is not ("up" or "down") || line[2] is not ("before" or "by" or "after" or "of"))
                throw new LexiconException($"{paths.ChangeWords}:{line.LineNumber}: expected form, up or down, and before, by, after or of");
            var word = changeWords.GetValueOrDefault(line[0]);
            changeWords[line[0]] = line[2] switch
            {
                "before" => word with { Before = line[1] },
                "by" => word with { By = line[1] },
                "after" => word with { After = line[1] },
                _ => word with { Of = line[1] },
            };
        }
        var unitLines = LexiconFile.Read(paths.Units, minFields: 2).ToList();
        var handUnits = unitLines.Where(l => l[2] != "rate").ToList();
        var dictionary = UnitDictionary.Load(paths.UnitDictionary);
        var dictionaryWords = dictionary.Where(e => e.Form == UnitSurfaceForm.Word).ToList();
        var dictionarySymbols = dictionary.Where(e => e.Form == UnitSurfaceForm.Symbol).ToList();
        var dictionaryPrefixes = dictionary.Where(e => e.Form == UnitSurfaceForm.Prefix).ToList();
        var byUnit = new Dictionary<string, string>(StringComparer.Ordinal);
        var handEntries = new List<UnitDictionaryEntry>();
        foreach (var line in handUnits)
        {
            var dimension = HandKindDimension(line[2]);
            if (dimension is not null) byUnit.TryAdd(line[1], dimension);
        }
        foreach (var entry in dictionary) byUnit.TryAdd(entry.Unit, entry.Dimension);
        foreach (var line in handUnits)
            handEntries.Add(new UnitDictionaryEntry(line[0], line[1], HandKindDimension(line[2]) ?? byUnit.GetValueOrDefault(line[1], "count"), UnitSurfaceForm.Word));
        // Each surface is tokenized once: the unit readers and the dimensions share these lexicons (start-up time).
        var units = new PhraseLexicon<UnitDictionaryEntry>(handEntries.Concat(dictionaryWords).Select(e => KeyValuePair.Create(e.Surface, e)), ignoreCase: true, tokenizer);
        var symbols = new PhraseLexicon<UnitDictionaryEntry>(dictionarySymbols.Select(e => KeyValuePair.Create(e.Surface, e)), ignoreCase: false, tokenizer);
        var signs = new PhraseLexicon<UnitDictionaryEntry>(dictionaryPrefixes.Select(e => KeyValuePair.Create(e.Surface, e)), ignoreCase: false, tokenizer);
        return new NumberLexicons
        {
            RateAdverbs = new WordMap<string>(unitLines.Where(l => l[2] == "rate").Select(l => KeyValuePair.Create(l[0], l[1])), ignoreCase: true),
            UnitSymbols = symbols,
            CurrencyWords = new CurrencyWords(signs, Initials(dictionaryPrefixes.Select(e => e.Surface))),
            UnitDimensions = new UnitDimensions(units, symbols, signs, byUnit, AmbiguousUnits(handEntries.Concat(dictionary))),
            Units = units,
            ChangeWords = new WordMap<ChangeWord>(changeWords, ignoreCase: true),
            NumberWords = new WordMap<NumberWord>(numberWords, ignoreCase: true),
            TimeWords = new WordMap<TimeWord>(timeWords, ignoreCase: true),
            Qualifiers = new PhraseLexicon<string>(
                LexiconFile.Read(paths.Qualifiers, minFields: 2).Select(l => KeyValuePair.Create(l[0], l[1])), ignoreCase: true, tokenizer),
            IrregularVerbs = WordSet.Load(paths.IrregularVerbs, ignoreCase: true),
            UnitKinds = UnitKinds.Load(paths.UnitKinds),
            NonQuantityWords = NonQuantityWords.Load(paths.NonQuantityWords),
            AgeWords = AgeWords.Load(paths.AgeWords),
            ChangeContext = ChangeContextWords.Load(paths.ChangeContext),
            DateWords = DateWords.Load(paths.DateWords),
            NumberWordInitials = Enum.GetValues<NumberWordKind>().ToDictionary(k => k,
                k => Initials(numberWords.Where(w => w.Value.Kind == k).Select(w => w.Key))),
            MonthInitials = Initials(timeWords.Where(w => w.Value.Kind == "month").Select(w => w.Key)),
        };
    }

    /// <summary>Units that two surfaces give different dimensions ("pound": £ currency, lb mass).</summary>
    private static HashSet<string> AmbiguousUnits(IEnumerable<UnitDictionaryEntry> entries)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
            if (!first.TryAdd(entry.Unit, entry.Dimension) && first[entry.Unit] != entry.Dimension) ambiguous.Add(entry.Unit);
        return ambiguous;
    }

    private static string Initials(IEnumerable<string> words) => new([.. words.Where(w => w.Length > 0).Select(w => w[0]).Distinct()]);

    /// <summary>
    /// The dimension a units.tsv kind gives (money is currency, percent a ratio); "other" and a missing kind leave it
    /// to the unit dictionary.
    /// </summary>
    private static string? HandKindDimension(string kind) => kind switch
    {
        "money" => "currency",
        "percent" => "ratio",
        "other" or "" => null,
        _ => kind,
    };
}
