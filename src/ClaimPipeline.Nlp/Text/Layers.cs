namespace ClaimPipeline.Nlp.Text;

/// <summary>The annotation layers a document can carry; stages declare which they need and which they add.</summary>
[Flags]
public enum Layers
{
    None = 0,
    Text = 1,
    Folded = 2,
    Tokens = 4,
    Sentences = 8,
    Entities = 16,
    Quotes = 32,
    Numbers = 64,
    Speakers = 128,
    PartsOfSpeech = 256,
}
