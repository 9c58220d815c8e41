namespace ClaimPipeline.Nlp.Entities;

/// <summary>Grammatical gender and number, as far as a name, title or role noun tells it.</summary>
public enum Gender : byte
{
    Unknown,
    Male,
    Female,
    Plural,
}
