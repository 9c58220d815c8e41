using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimPipeline.Benchmarks;

/// <summary>
/// Items of the input set per second from the median time of one operation (a pass over the input set), so
/// throughput can be read off the summary table instead of being worked out by hand.
/// </summary>
public sealed class ThroughputColumn(string name, string unit, long itemsPerOperation) : IColumn
{
    public string Id => nameof(ThroughputColumn) + "." + name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"{unit} of the input set ({itemsPerOperation:N0} per operation) per second, from the median";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || statistics.Median <= 0) return "NA";
        double perSecond = itemsPerOperation / (statistics.Median / 1e9);
        return perSecond.ToString("N0", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
