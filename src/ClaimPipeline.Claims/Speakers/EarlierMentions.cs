using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Speakers;

/// <summary>
/// The people and organisations an article names outside quotations, for finding the nearest one before a
/// position in constant time: for each entity, the latest such mention at or before it is worked out once per
/// document, so that "he said" repeated through a long article does not search back through it each time.
/// </summary>
internal sealed class EarlierMentions
{
    private readonly Document _document;
    private readonly PersonCluster?[] _clusterOf;
    private readonly int[] _male;
    private readonly int[] _female;
    private readonly int[] _person;
    private readonly int[] _organization;

    public EarlierMentions(Document document, Dictionary<int, PersonCluster> clusterOfEntity, IEnumerable<Claim> quotes)
    {
        _document = document;
        var quoted = QuotedTokens(document, quotes);
        int n = document.Entities.Length;
        _clusterOf = new PersonCluster?[n];
        _male = new int[n];
        _female = new int[n];
        _person = new int[n];
        _organization = new int[n];
        for (int e = 0; e < n; e++)
        {
            var entity = document.Entities[e];
            _clusterOf[e] = clusterOfEntity.GetValueOrDefault(e);
            bool outside = !quoted[entity.FirstToken];
            bool person = outside && entity.Label == EntityLabel.Person && _clusterOf[e] is not null;
            _person[e] = person ? e : Previous(_person, e);
            _male[e] = person && Compatible(_clusterOf[e]!, Gender.Male) ? e : Previous(_male, e);
            _female[e] = person && Compatible(_clusterOf[e]!, Gender.Female) ? e : Previous(_female, e);
            _organization[e] = outside && entity.Label == EntityLabel.Org ? e : Previous(_organization, e);
        }
    }

    /// <summary>True when a cluster of this gender (or of none known) can be named by a pronoun of <paramref name="gender"/>.</summary>
    public static bool Compatible(PersonCluster cluster, Gender gender) => cluster.Gender == Gender.Unknown || cluster.Gender == gender;

    /// <summary>The latest person outside quotations, starting before <paramref name="position"/>, that "he" or "she" can refer to.</summary>
    public (PersonCluster Cluster, int Start)? Person(int position, Gender gender)
    {
        int before = EntityBefore(position);
        int e = before < 0 ? -1 : gender == Gender.Male ? _male[before] : _female[before];
        return e < 0 ? null : (_clusterOf[e]!, _document.Entities[e].Start);
    }

    /// <summary>The people outside quotations starting before <paramref name="position"/>, nearest first.</summary>
    public IEnumerable<PersonCluster> PeopleBefore(int position)
    {
        int before = EntityBefore(position);
        for (int e = before < 0 ? -1 : _person[before]; e >= 0; e = Previous(_person, e))
            yield return _clusterOf[e]!;
    }

    /// <summary>The latest organisation outside quotations that starts before <paramref name="position"/>.</summary>
    public EntitySpan? Organization(int position)
    {
        int before = EntityBefore(position);
        int e = before < 0 ? -1 : _organization[before];
        return e < 0 ? null : _document.Entities[e];
    }

    private static int Previous(int[] latest, int e) => e > 0 ? latest[e - 1] : -1;

    /// <summary>The last entity that starts before <paramref name="position"/>, or -1.</summary>
    private int EntityBefore(int position)
    {
        var entities = _document.Entities;
        int e = _document.FirstEntityFrom(_document.TokenAt(position));
        while (e < entities.Length && entities[e].Start < position) e++;
        return e - 1;
    }

    private static bool[] QuotedTokens(Document document, IEnumerable<Claim> quotes)
    {
        var quoted = new bool[document.Tokens.Length];
        foreach (var quote in quotes)
            for (int t = document.TokenAt(quote.Start); t < quoted.Length && document.Tokens[t].Start < quote.End; t++)
                if (document.Tokens[t].Start >= quote.Start) quoted[t] = true;
        return quoted;
    }
}
