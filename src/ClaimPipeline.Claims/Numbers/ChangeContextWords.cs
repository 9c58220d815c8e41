using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>data/lexicons/change-context.tsv: words around the words of change, by role.</summary>
public sealed record ChangeContextWords(WordSet Filler, WordSet Particle, WordSet Movement, WordSet Higher, WordSet Lower, WordSet Earlier)
{
    public static ChangeContextWords Load(string path)
    {
        var roles = RoleFile.Read(path, "filler", "particle", "movement", "higher", "lower", "earlier");
        return new ChangeContextWords(roles["filler"], roles["particle"], roles["movement"], roles["higher"], roles["lower"], roles["earlier"]);
    }
}
