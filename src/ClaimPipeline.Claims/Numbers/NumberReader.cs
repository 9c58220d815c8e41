using ClaimPipeline.Claims.Numbers.Readers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Reads one number at a token with the value readers of <see cref="NumberGrammar"/>, in their order: the first
/// that reads a number wins; only the readers that can start at the token's first character are tried. Values
/// follow the conventions of ../shared/gold/numbers-dev.md: a vague group is worth its number word ("tens of
/// thousands" → 10000).
/// </summary>
public sealed class NumberReader(ValueReader[] readers)
{
    private readonly OpeningTable<ValueReader> _opening = new(readers, r => r.OpeningCharacters, r => r.OpensInExactCase);

    public NumberExpression? Read(Document document, int t, int limit)
    {
        foreach (var reader in _opening.At(document, t))
            if (reader.Read(document, t, limit) is { } number) return number;
        return null;
    }
}
