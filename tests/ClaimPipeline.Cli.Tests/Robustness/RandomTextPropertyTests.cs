using System.Text;
using System.Text.Json;
using CsCheck;

namespace ClaimPipeline.Cli.Tests.Robustness;

/// <summary>
/// Property-based check of the whole extract path on random text (CsCheck): any UTF-16 string, lone surrogates,
/// controls and NULs included, mixed with the words and marks the claim rules look for, runs without an error,
/// every row points at its own text, and every JSONL line is valid JSON. CsCheck shrinks a failure to a small
/// example and prints the seed that reproduces it.
/// </summary>
public sealed class RandomTextPropertyTests
{
    private static readonly Gen<string> Word = Gen.Frequency(
        (1, "said"), (1, "\u201C"), (1, "\u201D"), (1, "\""), (1, "'"), (1, "20,000"), (1, "1.5 million"), (1, "per cent"),
        (1, "$"), (1, "\u00A33bn"), (1, "Mr."), (1, "."), (1, "?"), (1, ","), (1, ":"), (1, "\n"), (1, "\r\n"), (1, "\r"),
        (1, "\0"), (1, "\uFEFF"), (1, "\u200B"), (1, "\u202E"), (1, "Zabihullah Mujahid"), (1, "according to"),
        (1, "told reporters"), (1, "that"), (1, "thousands of"), (1, "in 2010"), (1, "on Monday"), (1, "more than"),
        (1, "between"), (1, "and"), (1, "to"), (1, "rose"), (1, "-"), (1, "(D-Wis.)"), (1, "August 31"));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (3, Gen.Char.Select(c => c.ToString())),            // any UTF-16 unit: surrogates, controls, unassigned
        (6, Word),
        (2, Gen.String[Gen.Char['a', 'z'], 1, 8]),
        (1, Gen.String[Gen.Char['A', 'Z'], 1, 1].Select(Gen.String[Gen.Char['a', 'z'], 1, 8], (a, b) => a + b)));

    private static readonly Gen<string> Article = Piece.Array[0, 300].Select(pieces => string.Join(" ", pieces));

    private static readonly Lazy<ClaimPipeline.Cli.Config.PipelineConfig> Config = new(() => ClaimPipeline.Cli.Config.PipelineConfigLoader.Load(CliRunner.Config));

    [Fact]
    public void Extract_RandomText_NeverFails_AndRowsPointAtTheirText()
    {
        var config = Config.Value;
        Article.Sample(text =>
        {
            // What `claims extract` does with one article: every stage, the rows, JSONL and CSV.
            var document = new ClaimPipeline.Nlp.Text.Document("random", text);
            config.Pipeline.Process(document, CancellationToken.None);
            var rows = ClaimPipeline.Cli.Output.ClaimRowBuilder.Build(document);
            var jsonl = new MemoryStream();
            using (var writer = new ClaimPipeline.Cli.Output.JsonlClaimWriter(jsonl, config.Write.Columns)) writer.Write(rows);
            using (var writer = new ClaimPipeline.Cli.Output.CsvClaimWriter(Stream.Null, config.Write.Columns)) writer.Write(rows);
            var lines = Encoding.UTF8.GetString(jsonl.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(rows.Count, lines.Length);
            foreach (var line in lines)
            {
                using var row = JsonDocument.Parse(line);
                int start = row.RootElement.GetProperty("start").GetInt32(), end = row.RootElement.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, text.Length);
                Assert.InRange(end, start, text.Length);
                Assert.Equal(text[start..end], row.RootElement.GetProperty("claim").GetString());
            }
        }, iter: 300, threads: 1);
    }
}
