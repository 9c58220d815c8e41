namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// A word of change from data/lexicons/change-words.tsv: the direction ("up" or "down") it gives a number standing
/// after it (Before: "rose 2%"), after it and "by" only (By: "raised rates by 0.25 points"), before it (After: "a 3%
/// rise") or after it and "of" (Of: "a rise of 3%").
/// </summary>
public readonly record struct ChangeWord(string? Before, string? After, string? Of, string? By = null);
