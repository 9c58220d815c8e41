using ClaimPipeline.Cli.Output;
using ClaimPipeline.Tests.Shared;
using Parquet;
using Parquet.Schema;

namespace ClaimPipeline.Cli.Tests.Output;

/// <summary>Parquet output (issue 20): the same rows as JSONL, in typed columns, in row groups as they stream.</summary>
public sealed class ParquetOutputTests
{
    private static string Articles => RepoPaths.Data("articles");

    [Fact]
    public async Task Extract_Parquet_HoldsTheJsonlRows_InTypedColumns()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "claims.parquet");
        var result = CliRunner.Run(["extract", Articles, "-o", path, "--config", CliRunner.Config]);
        Assert.Equal(0, result.ExitCode);
        var jsonl = CliRunner.Extract(Articles).Rows;
        Assert.NotEmpty(jsonl);

        using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.DataFields;
        Assert.Equal(jsonl[0].EnumerateObject().Select(p => p.Name), fields.Select(f => f.Name));
        Assert.Equal(typeof(int), Field(fields, "start").ClrType);
        Assert.Equal(typeof(double), Field(fields, "quantity").ClrType);
        Assert.True(Field(fields, "quantity").IsNullable);
        Assert.True(Field(fields, "speaker").IsNullable); // text, read back as characters

        using var group = reader.OpenRowGroupReader(0);
        int rows = (int)group.RowCount;
        Assert.Equal(jsonl.Count, rows);
        var ids = new string?[rows];
        await group.ReadAsync(Field(fields, "claim_id"), ids.AsMemory());
        var starts = new int[rows];
        await group.ReadAsync(Field(fields, "start"), starts.AsMemory());
        var quantities = new double?[rows];
        await group.ReadAsync(Field(fields, "quantity"), quantities.AsMemory());
        for (int i = 0; i < rows; i++)
        {
            Assert.Equal(jsonl[i].GetProperty("claim_id").GetString(), ids[i]);
            Assert.Equal(jsonl[i].GetProperty("start").GetInt32(), starts[i]);
            var quantity = jsonl[i].GetProperty("quantity");
            Assert.Equal(quantity.ValueKind == System.Text.Json.JsonValueKind.Null ? null : quantity.GetDouble(), quantities[i]);
        }
    }

    [Fact]
    public async Task Writer_StartsARowGroupEveryNRows()
    {
        var row = new ClaimRow
        {
            ArticleId = "a", ClaimId = "c", Kind = "quote", Claim = "We will win.", Sentence = "“We will win.”", Start = 1, End = 13,
            Confidence = 0.9, Rule = "quote.cue-after",
        };
        using var memory = new MemoryStream();
        using (var writer = new ParquetClaimWriter(memory, ["article_id", "start", "confidence"], rowGroupRows: 3))
            for (int i = 0; i < 7; i++) writer.Write([row]);
        memory.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(memory);
        Assert.Equal(3, reader.RowGroupCount); // 3 + 3 + 1
    }

    private static DataField Field(DataField[] fields, string name) => fields.Single(f => f.Name == name);
}
