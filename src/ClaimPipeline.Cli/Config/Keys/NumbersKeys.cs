using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config.Keys;

/// <summary>The keys of the "numbers" stage in pipeline.json: its lexicons.</summary>
public static class NumbersKeys
{
    public static PathOption NumberWords { get; } = new("numberWords", "data/lexicons/number-words.tsv",
        "spelled numbers, multipliers, groups, ordinals");

    public static PathOption Units { get; } = new("units", "data/lexicons/units.tsv", "units and counted nouns with their lemma");

    public static PathOption UnitDictionary { get; } = new("unitDictionary", "data/lexicons/unit-dictionary.tsv",
        "unit words, symbols and currency signs with their unit and dimension (generated from UnitsNet, quantulum3 and ISO 4217; docs/units.md)");

    public static PathOption TimeWords { get; } = new("timeWords", "data/lexicons/time-words.tsv", "weekdays, months, relative day words");

    public static PathOption Qualifiers { get; } = new("qualifiers", "data/lexicons/qualifiers.tsv",
        "\"more than\", \"nearly\", … with their change code");

    public static PathOption IrregularVerbs { get; } = new("irregularVerbs", "data/lexicons/irregular-verbs.txt",
        "past forms for finding a number's predicate");

    public static PathOption ChangeWords { get; } = new("changeWords", "data/lexicons/change-words.tsv",
        "words that make a number the size of a rise or fall (\"rose\", \"a 3% cut\", \"cuts of\", \"raised … by\"), with direction and position");

    public static PathOption UnitKinds { get; } = new("unitKinds", "data/lexicons/unit-kinds.tsv",
        "unit lemmas that measure rather than count (time, date, share, points, money), and which can end a rate (\"£3,000 a year\"); the one list the subject, carried-unit, rate and negative-change rules read");

    public static PathOption NonQuantityWords { get; } = new("nonQuantityWords", "data/lexicons/non-quantity-words.tsv",
        "words that make a number no quantity, by role: clock times (\"10:30\", \"3 pm\"), streets (\"10 Downing Street\"), references (\"No. 10\"), positions (\"the top 10\"), countries that do not make digits a name (\"US 500\"), persons a race distance names (\"the 100m champion\")");

    public static PathOption AgeWords { get; } = new("ageWords", "data/lexicons/age-words.tsv",
        "words that make a bare number an age, by role: \"aged 14\", \"died at 50\", \"people over 60\"");

    public static PathOption ChangeContext { get; } = new("changeContext", "data/lexicons/change-context.tsv",
        "words around the words of change, by role: fillers (\"rose by just 28%\"), phrasal verbs whose \"up\" is no rise (\"picked up five\"), verbs of movement before \"up to\" (\"went up to 5.5%\": a level), comparatives and the words of an earlier time after \"than\" (\"13% greater than last year\": a rise)");

    public static PathOption DateWords { get; } = new("dateWords", "data/lexicons/date-words.tsv",
        "words that make a date, year or decade a row of its own or only the time of another claim, by role: prepositions that attach it to an event (\"was arrested in 2010\"), deadline words (\"the August 31 deadline\", \"due on\"), clause boundaries, verbs that state no event, determiners that make a year a modifier (\"the 2005 budget\")");

    public static PathOption Confidence { get; } = new("confidence", null,
        "a confidence table (`claims train number-confidence`): calibrated confidence of numeric rows per rule and whether the quantity has a unit",
        whenUnset: "none (rule priors)");
}
