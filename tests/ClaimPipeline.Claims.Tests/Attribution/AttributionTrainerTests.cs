using ClaimPipeline.Claims.Attribution;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Claims.Evaluation;
using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Claims.Tests.Attribution;

/// <summary>The attribution trainer on a small corpus of sentences written for it, annotated as PolNeAR annotates.</summary>
public sealed class AttributionTrainerTests
{
    private static readonly CueLexicon Lexicon = CueLexicon.Load(RepoPaths.Lexicon("speech-cues.tsv"), TestStages.Tokenizer);

    private static readonly string[] Sources = ["Maria", "The union", "Officials", "The governor", "Analysts", "Tom Hale", "The report", "Voters"];
    private static readonly string[] Cues = ["believes", "hopes", "fears", "expects"];
    private static readonly string[] Contents =
    [
        "the bridge will close in June", "prices will rise again", "the vote was unfair", "the school should stay open",
        "the deal will collapse soon", "taxes are too high",
    ];
    private static readonly string[] Plain = ["painted the fence on Sunday", "bought a new car last week", "walked to the station early"];

    /// <summary>One document per source: sentences "X believes that Y." annotated, and plain sentences that attribute nothing.</summary>
    private static List<(Document, IReadOnlyList<GoldAttribution>)> Corpus()
    {
        var documents = new List<(Document, IReadOnlyList<GoldAttribution>)>();
        for (int d = 0; d < Sources.Length * 3; d++)
        {
            var text = new System.Text.StringBuilder();
            var gold = new List<GoldAttribution>();
            for (int s = 0; s < 4; s++)
            {
                var source = Sources[(d + s) % Sources.Length];
                if ((d + s) % 2 == 0)
                {
                    var cue = Cues[(d * 3 + s) % Cues.Length];
                    var content = Contents[(d + 2 * s) % Contents.Length];
                    int sourceStart = text.Length;
                    text.Append(source).Append(' ');
                    int cueStart = text.Length;
                    text.Append(cue).Append(" that ");
                    int contentStart = text.Length;
                    text.Append(content).Append(". ");
                    gold.Add(new GoldAttribution([new TextRange(contentStart, contentStart + content.Length)],
                        [new TextRange(sourceStart, sourceStart + source.Length)], Direct: false)
                    {
                        Cue = [new TextRange(cueStart, cueStart + cue.Length)],
                    });
                }
                else text.Append(source).Append(' ').Append(Plain[(d + s) % Plain.Length]).Append(". ");
            }
            documents.Add((TestStages.Run(text.ToString(), TestStages.Nlp), gold));
        }
        return documents;
    }

    private static AttributionModel Train(int seed = 1) =>
        new AttributionTrainer(Lexicon) { Epochs = 5, Seed = seed }.Train(Corpus(), Corpus().Take(4), new Dictionary<string, string>());

    [Fact]
    public void The_trained_model_finds_cue_source_and_content_in_a_new_sentence()
    {
        var model = Train();
        var document = TestStages.Run("Sam Ortiz fears that the river will flood the town. Sam Ortiz painted the shed.", TestStages.Nlp);
        var context = new QuoteContext(document, Lexicon, speakers: null, new QuoteFinderOptions());
        context.MarkQuoted(QuotationScanner.Scan(document));

        var features = new SentenceFeatures();
        features.Load(document, context, document.Sentences[1]);
        Assert.Empty(model.FindCues(features));
        features.Load(document, context, document.Sentences[0]);
        var (cueFirst, cueEnd) = Assert.Single(model.FindCues(features));
        Assert.Equal("fears", document.Slice(document.Tokens[cueFirst].Start, document.Tokens[cueEnd - 1].End));

        var sentence = document.Sentences[0];
        var roles = new int[sentence.TokenCount];
        model.TagRoles(features, sentence, cueFirst, cueEnd, roles);
        string Marked(int label) => string.Join(' ', Enumerable.Range(0, roles.Length).Where(i => roles[i] == label)
            .Select(i => document.TokenText(sentence.FirstToken + i).ToString()));
        Assert.Equal("Sam Ortiz", Marked(AttributionLabels.Source));
        Assert.Equal("the river will flood the town", Marked(AttributionLabels.Content));
    }

    [Fact]
    public void The_same_data_and_seed_give_the_same_model_bytes()
    {
        var directory = Directory.CreateTempSubdirectory("attribution-");
        try
        {
            string first = Path.Combine(directory.FullName, "a.bin"), second = Path.Combine(directory.FullName, "b.bin");
            Train().Save(first);
            Train().Save(second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
            var loaded = AttributionModel.Load(first);
            Assert.True(loaded.Cues.Features.Length > 0);
            Assert.True(loaded.Roles.Features.Length > 0);
            Assert.True(loaded.Metadata.ContainsKey(AttributionModel.CueThresholdKey));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
