using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Cli.Config.Keys;

namespace ClaimPipeline.Cli.Config;

/// <summary>
/// Every stage pipeline.json can name, in the order the shipped config runs them, with their keys and what they use
/// of one another. docs/pipeline.md lists exactly these keys and uses (a test compares).
/// </summary>
public static class StageCatalog
{
    // Loaded once by one stage and used by later ones, so the lexicons are not read twice and cannot disagree.
    private static readonly StageUse Abbreviations = new("tokenize", "the abbreviations");
    private static readonly StageUse Tokenizer = new("tokenize", "the tokenizer (to read phrase lexicons)");
    private static readonly StageUse NameLexicons = new("entities", "the name lexicons");

    public static IReadOnlyList<ConfigStage> All { get; } =
    [
        new("read", [ReadOptions.MaxArticleBytesOption]),
        new("normalize", []),
        new("tokenize", [TokenizeKeys.Abbreviations]),
        new("sentences", [SentencesKeys.SentenceOpeners], Abbreviations),
        new("pos", [PosKeys.Model]),
        new("entities",
            [
                EntitiesKeys.Recognizer, EntitiesKeys.Model, EntitiesKeys.Clusters, EntitiesKeys.VectorClusters, EntitiesKeys.Gazetteers, EntitiesKeys.Domain, EntitiesKeys.FirstNames,
                EntitiesKeys.Places, EntitiesKeys.Nationalities, EntitiesKeys.Organizations, EntitiesKeys.Outlets,
                EntitiesKeys.OrgSuffixes, EntitiesKeys.Roles, EntitiesKeys.Stopwords,
            ],
            Tokenizer),
        new("quotes",
            [QuotesKeys.Cues, QuotesKeys.AttributionModel, QuoteFinderOptions.CueWindowTokensOption, QuoteFinderOptions.MinUnattributedWordsOption, QuoteFinderOptions.MinIndirectWordsOption],
            Tokenizer, NameLexicons),
        new("numbers",
            [
                NumbersKeys.NumberWords, NumbersKeys.Units, NumbersKeys.UnitDictionary, NumbersKeys.TimeWords, NumbersKeys.Qualifiers, NumbersKeys.IrregularVerbs,
                NumbersKeys.ChangeWords, NumbersKeys.UnitKinds, NumbersKeys.NonQuantityWords, NumbersKeys.AgeWords, NumbersKeys.ChangeContext,
                NumbersKeys.DateWords, NumbersKeys.Confidence,
            ],
            Tokenizer),
        new("speakers", [SpeakersKeys.Confidence], NameLexicons),
        new("write", [WriteOptions.ColumnsOption]),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(stage => stage.Name).ToArray();

    public static ConfigStage? Find(string name) => All.FirstOrDefault(stage => stage.Name == name);
}
