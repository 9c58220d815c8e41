namespace ClaimPipeline.Cli.Output;

/// <summary>What a column holds: decides whether a cell is a number or text, and its width in a workbook.</summary>
public enum ColumnKind
{
    /// <summary>article_id, claim_id: short tokens to join on.</summary>
    Id,
    /// <summary>A small fixed vocabulary: kind, change.</summary>
    Code,
    /// <summary>A name or a few words: speaker, cue, unit, time, rule, source.</summary>
    Name,
    /// <summary>A phrase or a sentence: claim, title.</summary>
    Text,
    /// <summary>The evidence: sentences, up to about 2,000 characters.</summary>
    Evidence,
    /// <summary>An address: url.</summary>
    Link,
    /// <summary>An ISO date: published.</summary>
    Date,
    /// <summary>A number: quantities, offsets, confidence. Never escaped, a number cell in a workbook.</summary>
    Number,
}
