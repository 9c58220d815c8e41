using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>data/lexicons/change-context.tsv: words around the words of change, by role.</summary>
public sealed record ChangeContextWords(
    WordSet Filler, WordSet Particle, WordSet Session, WordSet Threshold, WordSet Losing, WordSet Measured, WordSet Vote,
    WordSet Passing, WordSet Movement, WordSet Higher, WordSet Lower, WordSet Earlier)
{
    private static readonly string[] Roles =
        ["filler", "particle", "session", "threshold", "losing", "measured", "vote", "passing", "movement", "higher", "lower", "earlier"];

    public static ChangeContextWords Load(string path)
    {
        var roles = RoleFile.Read(path, Roles);
        return new ChangeContextWords(roles["filler"], roles["particle"], roles["session"], roles["threshold"], roles["losing"],
            roles["measured"], roles["vote"], roles["passing"], roles["movement"], roles["higher"], roles["lower"], roles["earlier"]);
    }
}
