namespace ClaimPipeline.Claims.Cues;

/// <summary>A cue lexicon entry: its lemma ("say" for "said") and class.</summary>
public sealed record Cue(string Lemma, CueClass Class);
