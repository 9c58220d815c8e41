using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Claims;

/// <summary>The layers of claims, kept in <see cref="DocumentClaims"/>; stages declare them as they do the NLP layers.</summary>
public static class ClaimLayers
{
    /// <summary>Direct quotes and reported speech, with their cue and speaker mention.</summary>
    public static Layer Quotes { get; } = new("quotes");

    /// <summary>Quantities and dates, with the speaker of the quote they stand in.</summary>
    public static Layer Numbers { get; } = new("numbers");

    /// <summary>Speaker names resolved from the mentions, on every claim that has one.</summary>
    public static Layer Speakers { get; } = new("speakers");
}
