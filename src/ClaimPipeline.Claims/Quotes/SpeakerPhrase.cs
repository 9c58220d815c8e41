namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// The speaker as written near a cue: the mention over tokens [First, End), and the role phrase over tokens
/// [RoleFirst, RoleEnd) when a title, role noun or apposition came with it (RoleFirst -1 when none).
/// </summary>
public readonly record struct SpeakerPhrase(int First, int End, SpeakerPhraseKind Kind, int RoleFirst, int RoleEnd)
{
    public bool HasRole => RoleFirst >= 0;
}
