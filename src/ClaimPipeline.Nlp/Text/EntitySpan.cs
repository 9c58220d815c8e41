namespace ClaimPipeline.Nlp.Text;

/// <summary>An entity over tokens [FirstToken, EndToken); Start/End are its character offsets.</summary>
public readonly record struct EntitySpan(int FirstToken, int EndToken, int Start, int End, EntityLabel Label);
