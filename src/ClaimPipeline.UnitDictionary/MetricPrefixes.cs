namespace ClaimPipeline.UnitDictionary;

/// <summary>SI prefix symbols and the words they stand for, for units quantulum3 marks as taking prefixes.</summary>
public static class MetricPrefixes
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Y"] = "yotta", ["Z"] = "zetta", ["E"] = "exa", ["P"] = "peta", ["T"] = "tera", ["G"] = "giga", ["M"] = "mega",
        ["k"] = "kilo", ["h"] = "hecto", ["da"] = "deca", ["d"] = "deci", ["c"] = "centi", ["m"] = "milli",
        ["µ"] = "micro", ["n"] = "nano", ["p"] = "pico", ["f"] = "femto", ["a"] = "atto", ["z"] = "zepto", ["y"] = "yocto",
    };
}
