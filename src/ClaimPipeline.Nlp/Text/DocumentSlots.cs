namespace ClaimPipeline.Nlp.Text;

/// <summary>Hands out the slot indexes of <see cref="DocumentKey{T}"/>s; keys are few and made once, so slots never run out.</summary>
internal static class DocumentSlots
{
    private static int _count;

    /// <summary>How many keys exist so far: a document grows its slot array to this when it meets a newer key.</summary>
    public static int Count => Volatile.Read(ref _count);

    public static int Allocate() => Interlocked.Increment(ref _count) - 1;
}
