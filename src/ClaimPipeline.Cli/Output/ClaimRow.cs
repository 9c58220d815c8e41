namespace ClaimPipeline.Cli.Output;

/// <summary>One output row; the README's "Output" section documents each column.</summary>
public sealed record ClaimRow
{
    public required string ArticleId { get; init; }
    public required string ClaimId { get; init; }
    public required string Kind { get; init; }
    public required string Claim { get; init; }
    public string? Speaker { get; init; }
    public string? SpeakerMention { get; init; }
    public string? SpeakerRole { get; init; }
    public string? Cue { get; init; }
    public double? Quantity { get; init; }
    public string? Unit { get; init; }
    public string? Qualifier { get; init; }
    public string? Change { get; init; }
    public string? Subject { get; init; }
    public string? Predicate { get; init; }
    public string? Time { get; init; }
    public string? Place { get; init; }
    public required string Sentence { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public int? SpeakerStart { get; init; }
    public int? SpeakerEnd { get; init; }
    public required double Confidence { get; init; }
    public required string Rule { get; init; }
    public double? QuantityHigh { get; init; }
    public string? Dimension { get; init; }

    // The article's metadata (JSONL title, url, source; the publication date as yyyy-MM-dd), for reviewers.
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Published { get; init; }
    public string? Source { get; init; }

    /// <summary>With --corroborate: the cluster of claims from different articles that state the same thing (null alone), and its size.</summary>
    public string? ClusterId { get; init; }
    public int? ClusterSize { get; init; }

    /// <summary>Where the cue is in the text (null for a claim without one), for the review page and other tools.</summary>
    public int? CueStart { get; init; }
    public int? CueEnd { get; init; }

    /// <summary>The cell of <paramref name="column"/> as text: numbers in plain invariant form, null when empty.</summary>

    public string? Cell(string column) => column switch
    {
        "article_id" => ArticleId,
        "claim_id" => ClaimId,
        "kind" => Kind,
        "claim" => Claim,
        "speaker" => Speaker,
        "speaker_mention" => SpeakerMention,
        "speaker_role" => SpeakerRole,
        "cue" => Cue,
        "quantity" => Quantity is { } q ? InvariantNumber.Format(q) : null,
        "unit" => Unit,
        "qualifier" => Qualifier,
        "change" => Change,
        "subject" => Subject,
        "predicate" => Predicate,
        "time" => Time,
        "place" => Place,
        "sentence" => Sentence,
        "start" => InvariantNumber.Format(Start),
        "end" => InvariantNumber.Format(End),
        "speaker_start" => SpeakerStart is { } s ? InvariantNumber.Format(s) : null,
        "speaker_end" => SpeakerEnd is { } e ? InvariantNumber.Format(e) : null,
        "confidence" => InvariantNumber.FormatConfidence(Confidence),
        "rule" => Rule,
        "quantity_high" => QuantityHigh is { } h ? InvariantNumber.Format(h) : null,
        "dimension" => Dimension,
        "title" => Title,
        "url" => Url,
        "published" => Published,
        "source" => Source,
        "cluster_id" => ClusterId,
        "cluster_size" => ClusterSize is { } size ? InvariantNumber.Format(size) : null,
        "cue_start" => CueStart is { } cs ? InvariantNumber.Format(cs) : null,
        "cue_end" => CueEnd is { } ce ? InvariantNumber.Format(ce) : null,
        _ => throw new ArgumentException($"unknown column '{column}'", nameof(column)),
    };
}
