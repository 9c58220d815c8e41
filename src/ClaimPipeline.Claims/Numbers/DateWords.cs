using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>data/lexicons/date-words.tsv: the words that tell whether a date is a row of its own (<see cref="AssertedDates"/>), by role.</summary>
public sealed record DateWords(WordSet Preposition, WordSet Span, WordSet Limit, WordSet Deadline, WordSet DeadlineAfter,
    WordSet Boundary, WordSet Stative, WordSet Determiner)
{
    public static DateWords Load(string path)
    {
        var roles = RoleFile.Read(path, "preposition", "span", "limit", "deadline", "deadline-after", "boundary", "stative", "determiner");
        return new DateWords(roles["preposition"], roles["span"], roles["limit"], roles["deadline"], roles["deadline-after"],
            roles["boundary"], roles["stative"], roles["determiner"]);
    }
}
