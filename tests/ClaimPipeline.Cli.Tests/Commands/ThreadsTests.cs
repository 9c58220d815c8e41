using System.Text.Json;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Commands;

/// <summary>`--threads N` changes the speed, never the bytes: rows, errors and their order are the same.</summary>
public sealed class ThreadsTests
{
    private static string Corpus(TempFolder folder)
    {
        var samples = Directory.GetFiles(RepoPaths.Data("articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var lines = new List<string>();
        for (int i = 0; i < 30; i++)
        {
            // Articles of different lengths, so that workers finish out of order.
            var text = i % 3 == 0 ? samples[i % samples.Length]
                : $"\u201CWe moved {1000 + i} people out on Monday,\u201D Ana Ruiz{i} said. Prices rose {i}% in {2000 + i}.";
            lines.Add(JsonSerializer.Serialize(new { id = $"a{i:00}", text, published = "2021-08-24" }));
            if (i == 17) lines.Add("{\"id\": \"broken\", \"text\": ");
        }
        return folder.File("batch.jsonl", string.Join("\n", lines) + "\n");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public void Extract_OneAndManyThreads_WriteTheSameBytes(string format)
    {
        using var folder = new TempFolder();
        var corpus = Corpus(folder);
        var one = CliRunner.Run(["extract", corpus, "--format", format, "--threads", "1", "--config", CliRunner.Config]);
        var many = CliRunner.Run(["extract", corpus, "--format", format, "--threads", "4", "--config", CliRunner.Config]);

        Assert.Equal(1, one.ExitCode); // the broken line fails, the others are written
        Assert.Equal(one.ExitCode, many.ExitCode);
        Assert.Equal(one.Out, many.Out);
        Assert.Equal(one.Error, many.Error);
        Assert.Contains("batch.jsonl:19", one.Error);
        Assert.True(one.Out.Split('\n').Length > 60);
    }

    [Fact]
    public void Extract_ThreadsOutOfRange_IsAUsageError()
    {
        var result = CliRunner.Run(["extract", RepoPaths.Data("articles"), "--threads", "0", "--config", CliRunner.Config]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--threads", result.Error);
    }
}
