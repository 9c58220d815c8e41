namespace ClaimPipeline.Claims.Cues;

/// <summary>How a cue attributes: the classes of data/lexicons/speech-cues.tsv.</summary>
public enum CueClass : byte
{
    /// <summary>A verb of saying: "said", "told", "warned".</summary>
    Speech,
    /// <summary>A phrase that names the source after it: "according to", "as reported by", "more from".</summary>
    According,
    /// <summary>An outlet's verb: "X reports", "as X reports", "X writes".</summary>
    Report,
    /// <summary>A commitment with a to-infinitive: "vowed to", "pledged to".</summary>
    Intent,
    /// <summary>Names a work or a label, not speech: "titled", "dubbed".</summary>
    Title,
    /// <summary>
    /// Where or how words were said: "in a statement", "in an interview with", "speaking to reporters". It never
    /// names the speaker (the outlet after "in an interview with" is the interviewer), so it attributes nothing.
    /// </summary>
    Setting,
}
