namespace ClaimPipeline.Claims.Numbers;

/// <summary>One surface of data/lexicons/unit-dictionary.tsv: the unit it names, its dimension, and how it is written.</summary>
public readonly record struct UnitDictionaryEntry(string Surface, string Unit, string Dimension, UnitSurfaceForm Form);
