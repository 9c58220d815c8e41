using ClaimPipeline.Claims.Cues;

namespace ClaimPipeline.Claims.Attribution;

/// <summary>What the attribution features read of the quote stage besides the document: the lexicon cue at a token and whether it is quoted.</summary>
internal interface ITokenMarks
{
    bool IsQuoted(int token);
    bool TryCueAt(int token, out Cue cue, out int length);
}
