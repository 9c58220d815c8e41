namespace ClaimPipeline.Claims.Numbers;

/// <summary>Currency signs written before a number, with the unit they give.</summary>
public static class CurrencyWords
{
    public static string? Of(ReadOnlySpan<char> token) => token switch
    {
        "$" or "US$" or "A$" or "C$" or "HK$" or "NZ$" or "S$" => "dollar",
        "\u00A3" => "pound",
        "\u20AC" => "euro",
        "\u00A5" => "yen",
        "\u20B9" or "Rs" or "Rs." => "rupee",
        _ => null,
    };
}
