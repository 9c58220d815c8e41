using ClaimPipeline.Cli.Output;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// Pairing precision and recall of --corroborate on annotated article pairs. A gold claim is the row of its article
/// whose range overlaps it most, if that overlap is at least half of their union. A predicted pair is two rows, one
/// from each article of an annotated pair, in the same cluster; it is right when it is a gold pair. A gold pair whose
/// claim no row matches is missed (and counted apart as unextracted).
/// </summary>
public sealed class CorroborationScorer
{
    public int ArticlePairs { get; private set; }
    public int Gold { get; private set; }
    public int Predicted { get; private set; }
    public int Correct { get; private set; }
    public int Unextracted { get; private set; }

    /// <summary>Gold and found pairs by annotated kind: numeric, or speech (quote, indirect, mixed).</summary>
    public Dictionary<string, (int Gold, int Found)> ByKind { get; } = [];

    /// <summary>Gold, predicted and correct pairs per corpus of the annotated lines.</summary>
    public Dictionary<string, (int Gold, int Predicted, int Correct)> ByCorpus { get; } = [];

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores one annotated pair; returns the wrong predicted pairs and the missed gold pairs, for --errors.</summary>
    public (List<(ClaimRow A, ClaimRow B)> Wrong, List<(CorroborationGoldPair Gold, ClaimRow? A, ClaimRow? B)> Missed) Add(
        CorroborationGoldLine line, IReadOnlyList<ClaimRow> a, IReadOnlyList<ClaimRow> b)
    {
        ArticlePairs++;
        var gold = new HashSet<(string, string)>();
        var missed = new List<(CorroborationGoldPair, ClaimRow?, ClaimRow?)>();
        var predicted = new List<(ClaimRow A, ClaimRow B)>();
        foreach (var x in a)
            foreach (var y in b)
                if (x.ClusterId is not null && x.ClusterId == y.ClusterId) predicted.Add((x, y));
        var predictedIds = predicted.Select(p => (p.A.ClaimId, p.B.ClaimId)).ToHashSet();
        foreach (var pair in line.Pairs)
        {
            Gold++;
            var kind = pair.Kind == "numeric" ? "numeric" : "speech";
            var counts = ByKind.GetValueOrDefault(kind);
            var (x, y) = (Match(a, pair.A), Match(b, pair.B));
            if (x is null || y is null) Unextracted++;
            bool found = x is not null && y is not null && predictedIds.Contains((x.ClaimId, y.ClaimId));
            if (found)
            {
                Correct++;
                gold.Add((x!.ClaimId, y!.ClaimId));
            }
            else missed.Add((pair, x, y));
            ByKind[kind] = (counts.Gold + 1, counts.Found + (found ? 1 : 0));
        }
        Predicted += predicted.Count;
        var corpus = ByCorpus.GetValueOrDefault(line.Corpus);
        ByCorpus[line.Corpus] = (corpus.Gold + line.Pairs.Count, corpus.Predicted + predicted.Count, corpus.Correct + gold.Count);
        return (predicted.Where(p => !gold.Contains((p.A.ClaimId, p.B.ClaimId))).ToList(), missed);
    }

    private static ClaimRow? Match(IReadOnlyList<ClaimRow> rows, (int Start, int End) claim)
    {
        ClaimRow? best = null;
        double bestShare = 0;
        foreach (var row in rows)
        {
            int overlap = Math.Min(row.End, claim.End) - Math.Max(row.Start, claim.Start);
            if (overlap <= 0) continue;
            double share = (double)overlap / (Math.Max(row.End, claim.End) - Math.Min(row.Start, claim.Start));
            if (share > bestShare) (best, bestShare) = (row, share);
        }
        return bestShare >= 0.5 ? best : null;
    }
}
