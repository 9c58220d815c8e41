using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tests.Text;

/// <summary>Layers that other assemblies attach to a Document through typed keys.</summary>
public sealed class DocumentKeyTests
{
    private static readonly DocumentKey<List<string>> Notes = new("notes", () => []);
    private static readonly DocumentKey<int[]> Counts = new("counts", () => [0]);

    [Fact]
    public void Get_BeforeAnyoneSetsTheLayer_IsNull()
    {
        var document = new Document("d", "text");
        Assert.Null(document.Get(Notes));
        Assert.Null(document.Get(Counts));
    }

    [Fact]
    public void GetOrAdd_AddsTheKeysEmptyLayerOnce_AndReturnsTheSameOneAfterwards()
    {
        var document = new Document("d", "text");
        var notes = document.GetOrAdd(Notes);
        notes.Add("first");
        Assert.Same(notes, document.GetOrAdd(Notes));
        Assert.Same(notes, document.Get(Notes));
        Assert.Equal(["first"], document.GetOrAdd(Notes));
    }

    [Fact]
    public void Set_KeepsEachKeysLayerApart_AndPerDocument()
    {
        var first = new Document("a", "text");
        var second = new Document("b", "text");
        first.Set(Counts, [1, 2]);
        first.GetOrAdd(Notes).Add("a");
        Assert.Equal([1, 2], first.Get(Counts)!);
        Assert.Equal(["a"], first.Get(Notes)!);
        Assert.Null(second.Get(Counts));
        Assert.Empty(second.GetOrAdd(Notes));
    }

    [Fact]
    public void AKeyMadeAfterTheDocument_StillGetsASlot()
    {
        var document = new Document("d", "text");
        document.GetOrAdd(Notes).Add("kept");
        var later = new DocumentKey<string>("later", () => "made");
        Assert.Equal("made", document.GetOrAdd(later));
        Assert.Equal("kept", Assert.Single(document.Get(Notes)!));
        Assert.Equal("later", later.ToString());
    }
}
