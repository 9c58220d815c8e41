namespace ClaimPipeline.Nlp.Tokenization;

public enum AbbreviationKind : byte
{
    /// <summary>Stands before a name ("Mr.", "Gen."): never ends a sentence.</summary>
    Title,
    /// <summary>Letters and dots ("U.S.", "a.m."): ends a sentence only before a typical sentence opener.</summary>
    Acronym,
    /// <summary>Any other ("etc.", "Inc."): treated like an acronym.</summary>
    Other,
}
