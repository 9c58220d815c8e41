using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config.Keys;

/// <summary>The keys of the "sentences" stage in pipeline.json.</summary>
public static class SentencesKeys
{
    public static PathOption SentenceOpeners { get; } = new("sentenceOpeners", "data/lexicons/stopwords.txt",
        "capitalised words that start sentences: after an acronym such as \"U.S.\" a sentence ends only before one of these");
}
