namespace ClaimPipeline.Claims.Attribution;

/// <summary>The classes of the two perceptrons of <see cref="AttributionModel"/>.</summary>
public static class AttributionLabels
{
    /// <summary>Cue tagging: outside, the first token of a cue, a later token of the same cue.</summary>
    public static readonly string[] Cue = ["O", "B", "I"];
    public const int Outside = 0, CueBegin = 1, CueInside = 2;

    /// <summary>Role tagging, given one cue: outside, the source's tokens, the content's tokens.</summary>
    public static readonly string[] Role = ["O", "S", "C"];
    public const int Source = 1, Content = 2;
}
