using System.Globalization;

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
        if (!double.IsFinite(product) || product == 0) return product;
        return double.Parse(product.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
