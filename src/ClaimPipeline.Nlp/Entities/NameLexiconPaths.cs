namespace ClaimPipeline.Nlp.Entities;

/// <summary>The lexicon files behind <see cref="NameLexicons"/>; pipeline.json names them.</summary>
public sealed record NameLexiconPaths(
    string FirstNames,
    string Places,
    string Nationalities,
    string Organizations,
    string Outlets,
    string OrgSuffixes,
    string Roles,
    string Stopwords);
