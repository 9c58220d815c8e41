using ClaimPipeline.Claims.Evaluation;
using ClaimPipeline.Cli.Config;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// Runs the configured pipeline over the articles of a PolNeAR file and gives each article with its quote and
/// reported-speech rows as the CSV would write them: what `eval attribution` scores and `train confidence` counts.
/// Reading errors surface from the enumeration (<see cref="PolnearCorpus.Read"/>) for the caller to report.
/// </summary>
public static class PolnearRun
{
    public static IEnumerable<(PolnearArticle Article, List<PredictedAttribution> Predicted)> Predict(PipelineConfig config, string corpus,
        CancellationToken cancellationToken)
    {
        foreach (var article in PolnearCorpus.Read(corpus))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = new Document(article.Id, article.Text) { Published = article.Published };
            config.Pipeline.Process(document, cancellationToken);
            yield return (article, Predictions(document));
        }
    }

    /// <summary>The article's quote and indirect claims, as the CSV would write them (speaker resolved).</summary>
    private static List<PredictedAttribution> Predictions(Document document)
    {
        var predicted = new List<PredictedAttribution>();
        foreach (var row in ClaimRowBuilder.Build(document))
        {
            if (row.Kind is not ("quote" or "indirect")) continue;
            TextRange? mention = row.SpeakerStart is int start && row.SpeakerEnd is int end ? new TextRange(start, end) : null;
            // A reported-speech row holding quotation marks is a mixed quote: direct, as the gold counts it.
            bool direct = row.Kind == "quote" || GoldAttribution.HasQuotationMark(row.Claim);
            predicted.Add(new PredictedAttribution(new TextRange(row.Start, row.End), direct, mention, row.Speaker, row.Rule,
                row.SpeakerMention, row.Confidence));
        }
        return predicted;
    }
}
