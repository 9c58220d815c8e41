using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>data/lexicons/non-quantity-words.tsv: the words the non-quantity filters look for, by role.</summary>
public sealed record NonQuantityWords(WordSet Clock, WordSet Street, WordSet Reference, WordSet Position, WordSet Country,
    WordSet Titleholder, WordSet TitleModifier, WordSet CompoundPart, WordSet OneCompound, WordSet OneIdiom, WordSet SomeTime,
    WordSet SubjectPronoun)
{
    public static NonQuantityWords Load(string path)
    {
        var roles = RoleFile.Read(path, "clock", "street", "reference", "position", "country", "titleholder", "title-modifier",
            "compound-part", "one-compound", "one-idiom", "some-time", "subject-pronoun");
        return new NonQuantityWords(roles["clock"], roles["street"], roles["reference"], roles["position"], roles["country"],
            roles["titleholder"], roles["title-modifier"], roles["compound-part"], roles["one-compound"], roles["one-idiom"],
            roles["some-time"], roles["subject-pronoun"]);
    }
}
