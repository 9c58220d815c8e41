namespace ClaimPipeline.Nlp.Training.Corpora;

/// <summary>
/// Maps corpus entity type names to the four CoNLL types, so corpora with different inventories can be
/// trained on and scored together. Matching ignores case and an optional B-/I- prefix (GMB style "B-per").
/// <list type="table">
///   <listheader><term>CoNLL type</term><description>corpus type names</description></listheader>
///   <item><term>PER</term><description>PER, Person</description></item>
///   <item><term>ORG</term><description>ORG, Organization, Organisation</description></item>
///   <item><term>LOC</term><description>LOC, Location, GPE, geo, Facility, fac</description></item>
///   <item><term>MISC</term><description>MISC, NORP, Product, Event, eve, art, nat</description></item>
///   <item><term>null (tag O)</term><description>Date, Money, Time, tim, Percent, Quantity and any unknown name</description></item>
/// </list>
/// </summary>
public static class EntityTypeMap
{
    private static readonly Dictionary<string, string> ConllTypeByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["per"] = "PER",
        ["person"] = "PER",
        ["org"] = "ORG",
        ["organization"] = "ORG",
        ["organisation"] = "ORG",
        ["loc"] = "LOC",
        ["location"] = "LOC",
        ["gpe"] = "LOC",
        ["geo"] = "LOC",
        // CoNLL-2003 annotates airports, stadiums and similar places as LOC.
        ["facility"] = "LOC",
        ["fac"] = "LOC",
        ["misc"] = "MISC",
        ["norp"] = "MISC",
        ["product"] = "MISC",
        ["event"] = "MISC",
        ["eve"] = "MISC",
        ["art"] = "MISC",
        ["nat"] = "MISC",
    };

    /// <summary>The CoNLL type for a corpus type name, or null when the entity should be tagged O.</summary>
    public static string? ToConll(string type)
    {
        if (string.IsNullOrWhiteSpace(type)) return null;
        var name = type.Trim();
        if (name.Length > 2 && name[1] == '-' && name[0] is 'B' or 'b' or 'I' or 'i') name = name[2..];
        return ConllTypeByName.GetValueOrDefault(name);
    }

    /// <summary>
    /// Maps every B-/I- tag to its CoNLL type (unmapped types become O), then repairs the sequence, because
    /// dropping or merging types can leave an I- after O or after a different type.
    /// </summary>
    public static string[] MapTags(string[] bioTags)
    {
        ArgumentNullException.ThrowIfNull(bioTags);
        var mapped = new string[bioTags.Length];
        for (var i = 0; i < bioTags.Length; i++)
        {
            var (prefix, type) = BioSpans.Split(bioTags[i]);
            var conllType = type is null ? null : ToConll(type);
            mapped[i] = conllType is null ? "O" : prefix + "-" + conllType;
        }

        return BioSpans.RepairTags(mapped);
    }
}
