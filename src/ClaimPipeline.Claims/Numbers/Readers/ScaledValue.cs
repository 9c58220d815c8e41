namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// A number times a scale ("4.1 billion", "$2.07bn", "1.5 lakh"), as written in decimal: the double product of 4.1
/// and 1e9 is 4099999999.9999995, so the product is rounded to the 15 significant digits a double holds exactly.
/// </summary>
public static class ScaledValue
{
    public static double Times(double value, double scale)
    {
        double product = value * scale;
        if (scale == 1 || !double.IsFinite(product) || product == 0) return product;
        // Round to 15 significant digits by arithmetic (a string round trip cost a microsecond a number).
        int decimals = 14 - (int)Math.Floor(Math.Log10(Math.Abs(product)));
        if (decimals is >= 0 and <= 15) return Math.Round(product, decimals);
        if (decimals > 15) return product;
        double step = Math.Pow(10, -decimals);
        return Math.Round(product / step) * step;
    }
}
