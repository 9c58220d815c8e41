using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config.Keys;

/// <summary>The keys of the "numbers" stage in pipeline.json: its lexicons.</summary>
public static class NumbersKeys
{
    public static PathOption NumberWords { get; } = new("numberWords", "data/lexicons/number-words.tsv",
        "spelled numbers, multipliers, groups, ordinals");

    public static PathOption Units { get; } = new("units", "data/lexicons/units.tsv", "units and counted nouns with their lemma");

    public static PathOption TimeWords { get; } = new("timeWords", "data/lexicons/time-words.tsv", "weekdays, months, relative day words");

    public static PathOption Qualifiers { get; } = new("qualifiers", "data/lexicons/qualifiers.tsv",
        "\"more than\", \"nearly\", … with their change code");

    public static PathOption IrregularVerbs { get; } = new("irregularVerbs", "data/lexicons/irregular-verbs.txt",
        "past forms for finding a number's predicate");

    public static PathOption ChangeWords { get; } = new("changeWords", "data/lexicons/change-words.tsv",
        "words that make a number the size of a rise or fall (\"rose\", \"a 3% cut\", \"cuts of\"), with direction and position");
}
