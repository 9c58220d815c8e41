namespace ClaimPipeline.UnitDictionary;

/// <summary>How a surface of a unit is written, which decides where the number stage looks for it.</summary>
public enum UnitForm
{
    /// <summary>A word or phrase after a number, matched without regard to case ("kilowatts", "per cent").</summary>
    Word,

    /// <summary>A symbol after a number, matched with its case ("kW", "Hz", "ml"): "mW" is not "MW".</summary>
    Symbol,

    /// <summary>A currency sign or code before a number ("¥", "RM", "USD").</summary>
    Prefix,
}
