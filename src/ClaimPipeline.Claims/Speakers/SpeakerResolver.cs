using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Speakers;

/// <summary>
/// Turns each claim's speaker mention into the fullest name the article gives. Surnames join the person named
/// in full ("Mujahid" → "Zabihullah Mujahid"); "he"/"she" take the nearest earlier person of compatible gender
/// outside quotations; "they"/"it" the nearest organisation; "the spokesman" the earlier speaker with that role;
/// outlet aliases ("The Times") the outlet's full name when the article names it. Roles found at any mention of
/// a person carry over to the person's other claims.
/// </summary>
public sealed class SpeakerResolver(NameLexicons names, SpeakerPhraseFinder phrases, ConfidenceTable? confidence = null) : IStage
{
    public string Name => "speakers";
    public IReadOnlyList<Layer> Requires { get; } = [Layer.Folded, Layer.Tokens, Layer.Sentences, Layer.Entities, ClaimLayers.Quotes];
    public IReadOnlyList<Layer> Reads { get; } = [ClaimLayers.Numbers];
    public IReadOnlyList<Layer> Produces { get; } = [ClaimLayers.Speakers];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var clusters = BuildClusters(document, out var clusterOfEntity);
        var earlier = new EarlierMentions(document, clusterOfEntity, document.Claims.Where(c => c.Kind == ClaimKind.Quote));
        // A continuation may take its speaker from a quote that is no row itself (one row holds it, or an interrupted
        // quote's piece joined to the first): that quote is resolved too, so the speaker it lends is known.
        var lenders = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        foreach (var claim in document.Claims)
            if (claim.SpeakerFrom is { HasSpeakerMention: true } lender) lenders.Add(lender);
        foreach (var claim in document.Claims) lenders.Remove(claim);
        var ordered = document.Claims.Concat(lenders).Where(c => c.HasSpeakerMention).OrderBy(c => c.SpeakerStart).ThenBy(c => c.Start).ToList();
        // Pronouns already resolved, in text order, kept apart by the pronoun gender they could stand for.
        var resolvedMale = new List<(int Position, PersonCluster Cluster)>();
        var resolvedFemale = new List<(int Position, PersonCluster Cluster)>();
        Dictionary<string, HashSet<string>>? outletWritings = null;
        var previous = new List<Claim>();

        foreach (var claim in ordered)
        {
            int first = document.TokenAt(claim.SpeakerStart);
            int end = document.TokenAt(claim.SpeakerEnd);
            int entity = document.EntityAtToken(first);
            var mention = document.Slice(claim.SpeakerStart, claim.SpeakerEnd);
            // "Jon Tester and David Vitter said": several people speak together, under the names as written.
            if (end - first > 2 && entity >= 0 && document.Entities[entity].EndToken < end && mention.Contains(" and ", StringComparison.Ordinal))
            {
                claim.Speaker = string.Join(' ', mention.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                previous.Add(claim);
                continue;
            }
            if (claim.SpeakerKind == SpeakerPhraseKind.Unnamed)
            {
                previous.Add(claim);
                continue;
            }
            // The quote stage read what the mention is; only a pronoun is resolved as one.
            bool pronoun = SpeakerMentions.KindOf(claim, mention) == SpeakerPhraseKind.Pronoun;
            // "Rikkie Wells who tweeted", "the Fed, which expects": a relative pronoun names its antecedent.
            if (pronoun && mention is "who" or "which" or "that")
                entity = SpeakerPhraseFinder.RelativeAntecedent(document, first, 0);
            PersonCluster? cluster = null;
            if (entity >= 0 && document.Entities[entity].Label == EntityLabel.Person)
            {
                cluster = clusterOfEntity.GetValueOrDefault(entity);
            }
            else if (pronoun && IsPersonPronoun(mention, out var gender))
            {
                cluster = Antecedent(claim.SpeakerStart, earlier, gender == Gender.Male ? resolvedMale : resolvedFemale, gender);
                if (cluster is null)
                {
                    // "he" with no person before it: the mention stays, the speaker is unknown.
                    previous.Add(claim);
                    continue;
                }
                if (EarlierMentions.Compatible(cluster, Gender.Male)) resolvedMale.Add((claim.SpeakerStart, cluster));
                if (EarlierMentions.Compatible(cluster, Gender.Female)) resolvedFemale.Add((claim.SpeakerStart, cluster));
            }
            // "I", "we", "you" name no one the article does: read from the word, whatever the phrase ("according to you" is a description).
            else if (end - first == 1 && mention.ToLowerInvariant() is "i" or "we" or "you")
            {
                previous.Add(claim);
                continue;
            }
            else if (pronoun && mention is "they" or "They" or "it" or "It")
            {
                // With no organisation before it, "it said" names no one: the mention stays, the speaker is unknown.
                claim.Speaker = earlier.Organization(claim.SpeakerStart) is { } organization
                    ? document.Slice(organization.Start, organization.End)
                    : null;
                previous.Add(claim);
                continue;
            }

            if (cluster is not null)
            {
                claim.Speaker = cluster.FullName;
                if (claim.SpeakerRole is not null) cluster.Role ??= claim.SpeakerRole;
            }
            else if (entity >= 0)
            {
                claim.Speaker = OrganizationName(document, document.Entities[entity], ref outletWritings);
            }
            else
            {
                ResolveDescription(claim, SentenceCase(document, first, mention), previous, earlier);
            }
            previous.Add(claim);
        }

        // Roles seen anywhere for a person apply to all their claims; continuations copy their source.
        var clusterNamed = new Dictionary<string, PersonCluster>(StringComparer.Ordinal);
        foreach (var cluster in clusters) clusterNamed.TryAdd(cluster.FullName, cluster);
        foreach (var claim in ordered)
        {
            if (claim.Speaker is not null && claim.SpeakerRole is null && clusterNamed.TryGetValue(claim.Speaker, out var cluster))
                claim.SpeakerRole = cluster.Role;
        }
        foreach (var claim in document.Claims)
        {
            if (claim.SpeakerFrom is not { } source) continue;
            claim.Speaker = source.Speaker;
            claim.SpeakerRole = source.SpeakerRole;
            claim.SpeakerStart = source.SpeakerStart;
            claim.SpeakerEnd = source.SpeakerEnd;
            claim.SpeakerKind = source.SpeakerKind;
        }
        foreach (var claim in document.Claims) claim.Speaker = SpeakerText.Clean(claim.Speaker, names);
        // Confidence is calibrated once the speaker is known, since whether one was found is part of the evidence.
        confidence?.Apply(document);
    }

    private List<PersonCluster> BuildClusters(Document document, out Dictionary<int, PersonCluster> clusterOfEntity)
    {
        var mentions = new List<(int Entity, string[] Words)>();
        var roleOf = new Dictionary<int, string>();
        for (int e = 0; e < document.Entities.Length; e++)
        {
            var entity = document.Entities[e];
            if (entity.Label != EntityLabel.Person || LinkLines.Contains(document, entity.FirstToken)) continue;
            // "Foreign Affairs Minister Chrystia Freeland": a role the recognizer took into the name is the role.
            int first = NameStart(document, entity);
            if (first > entity.FirstToken) roleOf[e] = document.Slice(entity.Start, document.Tokens[first - 1].End);
            var words = new string[entity.EndToken - first];
            for (int t = first; t < entity.EndToken; t++) words[t - first] = document.TokenText(t).ToString();
            mentions.Add((e, words));
        }
        var clusters = new List<PersonCluster>();
        // A cluster covers a name only if it holds the name's first word: look only among those, oldest first.
        var clustersWithWord = new Dictionary<string, List<PersonCluster>>(StringComparer.Ordinal);
        clusterOfEntity = [];
        // Longest names first, so that "Baradar" joins "Abdul Ghani Baradar" wherever either appears.
        foreach (var (e, words) in mentions.OrderByDescending(m => m.Words.Length).ThenBy(m => m.Entity))
        {
            PersonCluster? cluster = null;
            if (words.Length > 0 && clustersWithWord.TryGetValue(words[0], out var candidates))
                foreach (var candidate in candidates)
                    if (candidate.Covers(words)) { cluster = candidate; break; }
            if (cluster is null)
            {
                cluster = new PersonCluster(NameAsWritten(document, document.Entities[e], words.Length), words)
                {
                    Gender = GenderOf(words),
                    Role = roleOf.GetValueOrDefault(e),
                };
                clusters.Add(cluster);
                foreach (var word in words.Distinct(StringComparer.Ordinal))
                {
                    if (!clustersWithWord.TryGetValue(word, out var list)) clustersWithWord[word] = list = [];
                    list.Add(cluster);
                }
            }
            clusterOfEntity[e] = cluster;
        }
        foreach (var (e, _) in mentions)
        {
            var entity = document.Entities[e];
            var cluster = clusterOfEntity[e];
            if (cluster.Gender == Gender.Unknown && entity.FirstToken > 0)
                cluster.Gender = GenderOfTitle(document.FoldedToken(entity.FirstToken - 1));
            int sentence = document.SentenceOfToken(entity.FirstToken);
            var phrase = phrases.WithRoleBefore(document, entity, document.Sentences[sentence].FirstToken);
            if (!phrase.HasRole) continue;
            var tokens = document.Tokens;
            cluster.Role ??= document.Slice(tokens[phrase.RoleFirst].Start, tokens[phrase.RoleEnd - 1].End);
            if (cluster.Gender == Gender.Unknown)
                cluster.Gender = GenderOfTitle(document.FoldedToken(phrase.RoleEnd - 1));
        }
        return clusters;
    }

    /// <summary>The name as the article writes it ("Paul D. Ryan", not its tokens joined), on one line.</summary>
    /// <summary>The entity's last <paramref name="words"/> tokens as written, spaces normalised ("Paul D. Ryan").</summary>
    private static string NameAsWritten(Document document, EntitySpan entity, int words) =>
        string.Join(' ', document.Slice(document.Tokens[entity.EndToken - words].Start, entity.End)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The first token of the person's name inside the entity: after the last role noun or title that has a name
    /// after it ("Foreign Affairs Minister | Chrystia Freeland", "Judge | Mary Smith"); the entity's first token when
    /// there is none. A courtesy title is not a role (decision 72) and a last word is always part of the name ("John Bishop").
    /// </summary>
    private int NameStart(Document document, EntitySpan entity)
    {
        int start = entity.FirstToken;
        for (int t = entity.FirstToken; t < entity.EndToken - 1; t++)
        {
            var word = document.TokenText(t);
            if (names.Honorifics.TryGet(word, out _)) continue;
            if (names.RoleHeads.TryGet(word, out _) || names.Titles.Contains(word)) start = t + 1;
        }
        return start;
    }

    private Gender GenderOf(string[] words) =>
        names.FirstNames.TryGet(words[0], out var gender) ? gender : Gender.Unknown;

    private Gender GenderOfTitle(ReadOnlySpan<char> title)
    {
        if (names.Honorifics.TryGet(title, out var gender)) return gender;
        return names.RoleHeads.TryGet(title, out gender) && gender != Gender.Plural ? gender : Gender.Unknown;
    }

    private static bool IsPersonPronoun(string mention, out Gender gender)
    {
        gender = mention.ToLowerInvariant() switch
        {
            "he" => Gender.Male,
            "she" => Gender.Female,
            _ => Gender.Unknown,
        };
        return gender != Gender.Unknown;
    }

    /// <summary>
    /// The person "he" or "she" at <paramref name="position"/> refers to: the nearest earlier person of a compatible
    /// gender outside quotations, unless a pronoun resolved after that person points elsewhere.
    /// </summary>
    private static PersonCluster? Antecedent(int position, EarlierMentions earlier,
        List<(int Position, PersonCluster Cluster)> resolvedPronouns, Gender gender)
    {
        var person = earlier.Person(position, gender);
        int personStart = person?.Start ?? -1;
        for (int i = resolvedPronouns.Count - 1; i >= 0; i--)
        {
            var (at, cluster) = resolvedPronouns[i];
            if (at >= position) continue;
            if (at <= personStart) break;
            return cluster;
        }
        return person?.Cluster;
    }

    /// <summary>
    /// An outlet alias becomes the outlet's full name when the article also names it another way, or when the
    /// alias is the full name without its "The". A recognizer that leaves "The" out of a name ("The Times") is
    /// matched with it.
    /// </summary>
    private string OrganizationName(Document document, EntitySpan entity, ref Dictionary<string, HashSet<string>>? outletWritings)
    {
        var text = document.Slice(entity.Start, entity.End);
        if (!TryOutlet(document, entity, out var entry) || entry.Canonical == text) return text;
        if (entry.Canonical.StartsWith("The ", StringComparison.Ordinal) && entry.Canonical[4..] == text) return entry.Canonical;
        outletWritings ??= OutletWritings(document);
        if (outletWritings.TryGetValue(entry.Canonical, out var writings) && (writings.Count > 1 || !writings.Contains(text)))
            return entry.Canonical;
        return text;
    }

    /// <summary>Each outlet the article names as an organisation, with the ways it writes it; built once per article.</summary>
    private Dictionary<string, HashSet<string>> OutletWritings(Document document)
    {
        var writings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var other in document.Entities)
        {
            if (other.Label != EntityLabel.Org || !TryOutlet(document, other, out var entry)) continue;
            if (!writings.TryGetValue(entry.Canonical, out var set)) writings[entry.Canonical] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(document.Slice(other.Start, other.End));
        }
        return writings;
    }

    private bool TryOutlet(Document document, EntitySpan entity, out GazetteerEntry entry)
    {
        int length = entity.EndToken - entity.FirstToken;
        if (names.Gazetteer.Match(document, entity.FirstToken, entity.EndToken, out entry) == length && entry.IsOutlet) return true;
        int first = entity.FirstToken - 1;
        return first >= 0 && document.FoldedToken(first) is "The" or "the"
            && names.Gazetteer.Match(document, first, entity.EndToken, out entry) == length + 1 && entry.IsOutlet;
    }

    /// <summary>
    /// A description that opens its sentence is capitalised only for that ("Analysts said", "Some economists
    /// said"): written as it would be inside a sentence, so that "Analysts" and "analysts" are one speaker. Only a
    /// first word that is a role noun, a function word or a word the tagger reads as a common noun ("Figures show") is
    /// lowered, so that a name the recognizer missed ("Labour said", "Tories", "Will Smith") keeps its capital.
    /// </summary>
    private string SentenceCase(Document document, int first, string mention)
    {
        int sentence = document.SentenceOfToken(first);
        if (sentence < 0 || mention.Length < 2) return mention;
        // A sentence may open with a quotation mark ("“Some people have said …").
        int opening = document.Sentences[sentence].FirstToken;
        if (opening != first && !(opening == first - 1 && document.FoldedToken(opening) is "\"" or "\u201C" or "'" or "\u2018")) return mention;
        if (!char.IsUpper(mention[0]) || !char.IsLower(mention[1])) return mention;
        // "TimeWarner": a capital inside the word makes it a name.
        foreach (var c in document.TokenText(first)[1..])
            if (char.IsUpper(c)) return mention;
        // "Will Smith": a capitalised word after the first makes the phrase a name the recognizer missed.
        if (first + 1 < document.Tokens.Length && mention.IndexOf(' ') > 0 && char.IsUpper(document.TokenText(first + 1)[0])) return mention;
        var word = document.FoldedToken(first);
        if (!names.RoleHeads.TryGet(word, out _) && !names.Stopwords.Contains(word) && !IsCommonNoun(document, first)) return mention;
        return string.Concat(char.ToLowerInvariant(mention[0]).ToString(), mention.AsSpan(1));
    }

    /// <summary>"Figures show", "Government sources said": the tagger reads the first word as a common noun, not a name.</summary>
    private static bool IsCommonNoun(Document document, int token) =>
        document.Tags.Length > token && document.TagNames[document.Tags[token]] == "NOUN";

    /// <summary>
    /// "The spokesman" after "A Taliban spokesman": the earlier speaker described with the same head noun; else
    /// the nearest person before it whose title or role ends with that noun ("the president" after "President
    /// Obama").
    /// </summary>
    private static void ResolveDescription(Claim claim, string mention, List<Claim> previous, EarlierMentions people)
    {
        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words[^1];
        bool definite = words[0] is "the" or "The";
        if (definite)
        {
            for (int i = previous.Count - 1; i >= 0; i--)
            {
                var earlier = previous[i];
                var described = earlier.SpeakerRole ?? earlier.Speaker;
                if (described is null || !described.EndsWith(head, StringComparison.OrdinalIgnoreCase)) continue;
                claim.Speaker = earlier.Speaker;
                claim.SpeakerRole ??= earlier.SpeakerRole;
                return;
            }
            foreach (var cluster in people.PeopleBefore(claim.SpeakerStart))
            {
                if (cluster.Role is null || !cluster.Role.EndsWith(head, StringComparison.OrdinalIgnoreCase)) continue;
                claim.Speaker = cluster.FullName;
                claim.SpeakerRole ??= cluster.Role;
                return;
            }
        }
        int skip = words[0].ToLowerInvariant() is "a" or "an" or "the" && words.Length > 1 ? 1 : 0;
        claim.Speaker = string.Join(' ', words, skip, words.Length - skip);
        claim.SpeakerRole ??= claim.Speaker;
    }
}
