using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>data/lexicons/age-words.tsv: words that make a bare number an age, by role.</summary>
public sealed record AgeWords(WordSet Aged, WordSet Death, WordSet People, WordSet Kin, WordSet Institution)
{
    public static AgeWords Load(string path)
    {
        var roles = RoleFile.Read(path, "aged", "death", "people", "kin", "institution");
        return new AgeWords(roles["aged"], roles["death"], roles["people"], roles["kin"], roles["institution"]);
    }
}
