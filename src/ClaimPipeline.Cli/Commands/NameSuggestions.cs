using System.CommandLine;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// "Did you mean" for a mistyped command or option: the known names of the command the parser reached that are
/// within two edits of the word typed (a transposition counts as one edit, so "--fromat" finds "--format").
/// </summary>
public static class NameSuggestions
{
    private const int MaxEdits = 2;

    /// <summary>One hint line per mistyped word of <paramref name="args"/>, e.g. "'extrct' is not a command; did you mean 'extract'?".</summary>
    public static IEnumerable<string> For(ParseResult result, IReadOnlyList<string> args)
    {
        var command = result.CommandResult.Command;
        var optionNames = new HashSet<string>(StringComparer.Ordinal);
        for (Command? c = command; c is not null; c = ParentOf(result, c))
            foreach (var option in c.Options)
                if (c == command || option.Recursive)
                {
                    optionNames.Add(option.Name);
                    foreach (var alias in option.Aliases) optionNames.Add(alias);
                }
        var commandNames = command.Subcommands.Select(s => s.Name).ToList();
        foreach (var word in args.Distinct(StringComparer.Ordinal))
        {
            if (word.Length < 2 || optionNames.Contains(word) || commandNames.Contains(word)) continue;
            if (word.StartsWith("--", StringComparison.Ordinal))
            {
                var name = word.Split('=', 2)[0];
                if (optionNames.Contains(name)) continue;
                if (Nearest(name, optionNames) is { } option) yield return $"'{name}' is not an option of '{command.Name}'; did you mean '{option}'?";
            }
            else if (word[0] != '-' && commandNames.Count > 0 && result.UnmatchedTokens.Contains(word))
            {
                if (Nearest(word, commandNames) is { } sub) yield return $"'{word}' is not a command; did you mean '{sub}'?";
            }
        }
    }

    private static Command? ParentOf(ParseResult result, Command command)
    {
        for (var r = result.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            if (r.Command == command) return (r.Parent as System.CommandLine.Parsing.CommandResult)?.Command;
        return null;
    }

    /// <summary>The closest candidate within <see cref="MaxEdits"/> edits, ties broken by order; null when none is close.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = MaxEdits + 1;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            int distance = EditDistance(word, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
