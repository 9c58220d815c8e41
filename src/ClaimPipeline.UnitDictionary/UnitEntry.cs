namespace ClaimPipeline.UnitDictionary;

/// <summary>One line of the unit dictionary: a surface, the unit it names, the unit's dimension, and its form.</summary>
public sealed record UnitEntry(string Surface, string Unit, string Dimension, UnitForm Form, string Source);
