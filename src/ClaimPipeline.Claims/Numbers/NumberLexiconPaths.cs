namespace ClaimPipeline.Claims.Numbers;

/// <summary>The lexicon files of the "numbers" stage; pipeline.json names them.</summary>
public sealed record NumberLexiconPaths(string NumberWords, string Units, string TimeWords, string Qualifiers, string IrregularVerbs,
    string ChangeWords, string UnitKinds, string NonQuantityWords, string AgeWords, string ChangeContext, string UnitDictionary, string DateWords);
