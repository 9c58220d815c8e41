namespace ClaimPipeline.Claims.Numbers;

/// <summary>Where a unit surface stands and whether its case matters (data/lexicons/unit-dictionary.tsv, column form).</summary>
public enum UnitSurfaceForm
{
    /// <summary>A word after a number, any case ("kilowatts").</summary>
    Word,

    /// <summary>A symbol after a number, exact case ("mW" is a milliwatt, "MW" a megawatt).</summary>
    Symbol,

    /// <summary>A currency sign or code before a number ("¥", "RM", "USD").</summary>
    Prefix,
}
