using System.Globalization;
using System.Text.Json;
using ClaimPipeline.Claims.Evaluation;
using ClaimPipeline.Cli.Review;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims verdicts VERDICTS.csv --claims CLAIMS`: what a review says about the claims. Joins the review page's
/// export with the claims it was made from and prints the share the reviewer accepted per kind and per rule, and
/// how well the confidence matched the verdicts (expected calibration error over ten bins).
/// </summary>
public static class VerdictsCommand
{
    public static int Run(string verdictsPath, string claimsPath, bool json, CliConsole console)
    {
        foreach (var path in new[] { verdictsPath, claimsPath })
            if (!File.Exists(path))
            {
                console.Error.WriteLine($"claims: error: {path}: no such file");
                return ExitCodes.InputFailed;
            }
        Dictionary<string, bool> verdicts;
        Dictionary<string, (string Kind, string Rule, double Confidence)> claims;
        try
        {
            verdicts = VerdictFiles.ReadVerdicts(verdictsPath);
            claims = VerdictFiles.ReadClaims(claimsPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // A FormatException names its file and line; a read error only says what failed.
            console.Error.WriteLine(e is FormatException
                ? $"claims: error: {e.Message}"
                : $"claims: error: cannot read {verdictsPath} or {claimsPath}: {e.Message}");
            return ExitCodes.InputFailed;
        }
        var reviewed = new List<ReviewedClaim>();
        var unknown = new List<string>();
        foreach (var (id, accepted) in verdicts)
        {
            if (claims.TryGetValue(id, out var claim)) reviewed.Add(new ReviewedClaim(id, claim.Kind, claim.Rule, claim.Confidence, accepted));
            else unknown.Add(id);
        }
        if (unknown.Count > 0)
            console.Error.WriteLine($"claims: warning: {verdictsPath}: {unknown.Count} verdict(s) name claims that are not in {claimsPath} (first: {unknown[0]}); they are left out");
        using var output = new StreamWriter(console.Out, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var (meanConfidence, acceptedShare, calibration) = Calibration(reviewed);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["reviewed"] = reviewed.Count,
                ["unknown"] = unknown.Count,
                ["accepted"] = reviewed.Count(r => r.Accepted),
                ["by_kind"] = Shares(reviewed, r => r.Kind).ToDictionary(s => s.Key, s => new { reviewed = s.Reviewed, accepted = s.Accepted }),
                ["by_rule"] = Shares(reviewed, r => r.Rule).ToDictionary(s => s.Key, s => new { reviewed = s.Reviewed, accepted = s.Accepted }),
                ["mean_confidence"] = Math.Round(meanConfidence, 4),
                ["accepted_share"] = Math.Round(acceptedShare, 4),
                ["expected_calibration_error"] = Math.Round(calibration, 4),
            }));
            return ExitCodes.Success;
        }
        output.WriteLine($"{verdictsPath}: {reviewed.Count} reviewed claim(s), {reviewed.Count(r => r.Accepted)} accepted");
        foreach (var (title, key) in new (string, Func<ReviewedClaim, string>)[] { ("kind", r => r.Kind), ("rule", r => r.Rule) })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {title,-24} reviewed  accepted   share"));
            foreach (var s in Shares(reviewed, key))
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Key,-24} {s.Reviewed,8} {s.Accepted,9} {(double)s.Accepted / s.Reviewed,7:0.000}"));
        }
        if (reviewed.Count > 0)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  confidence: mean {meanConfidence:0.000} against {acceptedShare:0.000} accepted; expected calibration error {calibration:0.000} (ten bins)"));
        return ExitCodes.Success;
    }

    private static IEnumerable<(string Key, int Reviewed, int Accepted)> Shares(List<ReviewedClaim> reviewed, Func<ReviewedClaim, string> key) =>
        reviewed.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Count(r => r.Accepted)));

    /// <summary>Mean confidence, accepted share, and the count-weighted gap between them in ten confidence bins (the
    /// measure eval attribution reports, with the reviewer's verdict as "correct").</summary>
    public static (double MeanConfidence, double AcceptedShare, double Error) Calibration(IReadOnlyList<ReviewedClaim> reviewed)
    {
        var calibration = new ConfidenceCalibration();
        foreach (var claim in reviewed) calibration.Add(claim.Confidence, claim.Accepted);
        return (calibration.MeanConfidence, calibration.Accuracy, calibration.Error);
    }
}
