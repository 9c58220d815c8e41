namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Groups of the recognizer's features that training can leave out (`claims train ner --leave-out`), to measure
/// what each adds. A model records the groups it was trained without, and is tagged without them.
/// </summary>
[Flags]
public enum NerFeatureGroups
{
    None = 0,
    /// <summary>How the document writes the word elsewhere: in lowercase, capitalised inside a sentence (<see cref="DocumentWordIndex"/>).</summary>
    Case = 1,
    /// <summary>The words around the same name elsewhere in the document.</summary>
    Context = 2,
    /// <summary>The names the training corpora annotate (<see cref="NameMemory"/>).</summary>
    Memory = 4,
    /// <summary>The type the same word form was given last, earlier in the document.</summary>
    History = 8,
}
