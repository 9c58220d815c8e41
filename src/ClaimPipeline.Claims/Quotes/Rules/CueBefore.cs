using ClaimPipeline.Claims.Cues;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>
/// The nearest cue before a quotation in its sentence that names a work (<see cref="CueClass.Title"/>, no phrase)
/// or comes with a speaker phrase: the cue over tokens [Cue, Cue + Length).
/// </summary>
internal readonly record struct CueBefore(int Cue, int Length, CueClass Class, SpeakerPhrase? Phrase)
{
    public int CueEnd => Cue + Length;
}
