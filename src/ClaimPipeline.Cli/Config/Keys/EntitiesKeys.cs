using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config.Keys;

/// <summary>The keys of the "entities" stage in pipeline.json: the recognizer, and the name lexicons that the quotes and speakers stages use too.</summary>
public static class EntitiesKeys
{
    public static TextOption Recognizer { get; } = new("recognizer", "model",
        "`model`: the trained recognizer; `rules`: capitalisation rules and lexicons only (no recognizer model needed)");

    public static PathOption Model { get; } = new("model", "data/models/ner.bin",
        "the recognizer model (one or two passes per news domain, the names its training corpora annotate, and how to decode: beam width and temperature)");

    public static PathOption Clusters { get; } = new("clusters", "data/models/clusters.tsv",
        "word classes learned from unlabeled news, used by the recognizer's features");

    public static PathOption VectorClusters { get; } = new("vectorClusters", null,
        "clusters of pretrained word vectors (`claims train vector-clusters`), used by the recognizer's features; the model must have been trained with them",
        "none: the recognizer's features leave them out, and a model trained with them is refused");

    public static PathOption Gazetteers { get; } = new("gazetteers", null,
        "the typed gazetteer (`claims train gazetteers`: places, people, organisations and more from open-licence lists), used by the recognizer's features; the model must have been trained with it",
        "none: the recognizer's features leave it out, and a model trained with it is refused");

    public static TextOption Domain { get; } = new("domain", "reuters",
        "which news domain's model to use: `worldwide` (trained on Worldwide Newswire and CoNLL-2003; the shipped pipeline.json "
        + "sets it, as it scores best on recent news) or `reuters` (trained on CoNLL-2003 alone: 1990s Reuters newswire, best on "
        + "CoNLL's own test set); `none` uses only the features shared by both, when a model has them");

    public static PathOption FirstNames { get; } = new("firstNames", "data/lexicons/first-names.tsv", "given names with gender (m, f, u)");

    public static PathOption Places { get; } = new("places", "data/lexicons/places.txt", "countries, cities, regions → LOC");

    public static PathOption Nationalities { get; } = new("nationalities", "data/lexicons/nationalities.txt",
        "demonyms, religious and political groups → NORP");

    public static PathOption Organizations { get; } = new("organizations", "data/lexicons/organizations.txt", "organisations → ORG");

    public static PathOption Outlets { get; } = new("outlets", "data/lexicons/outlets.tsv",
        "news outlets with aliases → ORG; speaker resolution maps an alias to the full name when the article names the outlet in full");

    public static PathOption OrgSuffixes { get; } = new("orgSuffixes", "data/lexicons/org-suffixes.txt",
        "last words that make a capitalised name an ORG");

    public static PathOption Roles { get; } = new("roles", "data/lexicons/roles.txt",
        "titles before names (NAME_TITLE) and role nouns with gender (ROLE_HEAD)");

    public static PathOption Stopwords { get; } = new("stopwords", "data/lexicons/stopwords.txt", "capitalised common words that are never names");
}
