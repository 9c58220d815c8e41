using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>data/lexicons/non-quantity-words.tsv: the words the non-quantity filters look for, by role.</summary>
public sealed record NonQuantityWords(WordSet Clock, WordSet Street, WordSet Reference, WordSet Position, WordSet Country,
    WordSet Titleholder, WordSet TitleModifier)
{
    public static NonQuantityWords Load(string path)
    {
        var roles = RoleFile.Read(path, "clock", "street", "reference", "position", "country", "titleholder", "title-modifier");
        return new NonQuantityWords(roles["clock"], roles["street"], roles["reference"], roles["position"], roles["country"],
            roles["titleholder"], roles["title-modifier"]);
    }
}
