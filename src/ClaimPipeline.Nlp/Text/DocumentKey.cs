namespace ClaimPipeline.Nlp.Text;

/// <summary>
/// A typed slot that code outside the NLP core uses to attach its own layer to every <see cref="Document"/> (as the
/// claims do). Create each key once, as a static readonly field: the key takes the next slot index, so
/// <see cref="Document.Get{T}"/> and <see cref="Document.Set{T}"/> are an array access, not a dictionary lookup.
/// </summary>
public sealed class DocumentKey<T> where T : class
{
    /// <param name="name">What the slot holds, for messages and the debugger ("claims").</param>
    /// <param name="create">The empty layer that <see cref="Document.GetOrAdd{T}"/> adds on first use.</param>
    public DocumentKey(string name, Func<T> create)
    {
        Name = name;
        Create = create;
        Index = DocumentSlots.Allocate();
    }

    public string Name { get; }

    internal Func<T> Create { get; }

    internal int Index { get; }

    public override string ToString() => Name;
}
