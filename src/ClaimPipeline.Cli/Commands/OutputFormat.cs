namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// The format `extract` writes: --format when given, else the one -o's extension names (.xlsx, .jsonl, .parquet), else CSV.
/// `-o claims.xlsx` alone used to write CSV into a file every spreadsheet then refused to open as a workbook.
/// </summary>
public static class OutputFormat
{
    public static string Of(string? format, string? output)
    {
        if (format is not null) return format;
        if (output is null or "-") return "csv";
        if (output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return "xlsx";
        if (output.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return "jsonl";
        if (output.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)) return "parquet";
        return "csv";
    }
}
