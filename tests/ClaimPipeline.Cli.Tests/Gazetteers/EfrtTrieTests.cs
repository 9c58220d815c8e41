using ClaimPipeline.Cli.Gazetteers;

namespace ClaimPipeline.Cli.Tests.Gazetteers;

public sealed class EfrtTrieTests
{
    [Fact]
    public void Unpack_OffsetReferences_FollowToLaterNodes()
    {
        // "bett" goes two nodes on (to "er"), "f" one node on, where "arth", "ew" and "in" each go on to "er".
        Assert.Equal(["better", "farther", "fewer", "finer"], EfrtTrie.Unpack("true¦bett1f0;arth0ew0in0;er"));
    }

    [Fact]
    public void Unpack_SymbolReferences_NameANodeDirectly()
    {
        // Symbol 0 names node 1 (counted after the symbol nodes).
        Assert.Equal(["the beatles", "new york", "new york times"], EfrtTrie.Unpack("true¦0:1;new y0,the beatles;ork,ork times"));
    }

    [Fact]
    public void Unpack_NodeStartingWithBang_EndsTheWordLeadingToIt()
    {
        Assert.Equal(["new", "news", "newspaper"], EfrtTrie.Unpack("true¦new0;!s,spaper"));
    }

    [Fact]
    public void Unpack_SeveralValues_KeepsTheWordsOfEach()
    {
        Assert.Equal(["cat", "dog"], EfrtTrie.Unpack("a¦cat|b¦dog"));
    }
}
