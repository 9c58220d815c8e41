namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// Unpacks the compressed word lists of the compromise packages (the "efrt" trie format). A packed string is
/// "VALUE¦TRIE" (several joined by '|'); a trie is nodes separated by ';', led by symbol nodes "CODE:NODE". A node
/// is text runs each followed by a reference to a child node or by ',' (or the end): a run followed by ',' or
/// nothing ends a word; a node starting with '!' also ends the word leading to it. References are base-36 codes
/// in capitals and digits: a code below the symbol count is a symbol (the node it names), any other is an offset
/// past the current node.
/// </summary>
public static class EfrtTrie
{
    /// <summary>The words of every VALUE¦TRIE part of <paramref name="packed"/>, in trie order.</summary>
    public static List<string> Unpack(string packed)
    {
        var words = new List<string>();
        foreach (var part in packed.Split('|'))
        {
            int mark = part.IndexOf('¦');
            UnpackTrie(mark < 0 ? part : part[(mark + 1)..], words);
        }
        return words;
    }

    private static void UnpackTrie(string trie, List<string> words)
    {
        var nodes = trie.Split(';');
        var symbols = new Dictionary<int, int>();
        int symbolCount = 0;
        while (symbolCount < nodes.Length && TrySymbol(nodes[symbolCount], out int code, out int node))
        {
            symbols[code] = node;
            symbolCount++;
        }
        nodes = nodes[symbolCount..];
        if (nodes.Length == 0 || nodes[0].Length == 0) return;
        // Depth-first with an explicit stack: the tries are deep enough to matter for recursion.
        var stack = new Stack<(int Node, string Prefix)>();
        stack.Push((0, ""));
        int visited = 0;
        while (stack.Count > 0)
        {
            var (index, prefix) = stack.Pop();
            if (index < 0 || index >= nodes.Length || ++visited > 50_000_000)
                throw new FormatException($"efrt trie: reference to node {index} of {nodes.Length}");
            var node = nodes[index].AsSpan();
            if (node.Length > 0 && node[0] == '!')
            {
                words.Add(prefix);
                node = node[1..];
            }
            var children = new List<(int, string)>();
            int i = 0;
            while (i < node.Length)
            {
                int runStart = i;
                while (i < node.Length && !IsReference(node[i])) i++;
                var run = node[runStart..i].ToString();
                int referenceStart = i;
                while (i < node.Length && IsReference(node[i]) && node[i] != ',') i++;
                var reference = node[referenceStart..i];
                if (i < node.Length && node[i] == ',') i++;
                if (run.Length == 0) continue;
                if (reference.Length == 0)
                {
                    words.Add(prefix + run);
                    continue;
                }
                int code = FromCode(reference);
                children.Add((code < symbolCount ? symbols[code] : index + code + 1 - symbolCount, prefix + run));
            }
            // Pushed in reverse so children are visited in written order.
            for (int c = children.Count - 1; c >= 0; c--) stack.Push(children[c]);
        }
    }

    private static bool IsReference(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ',';

    private static bool TrySymbol(string node, out int code, out int target)
    {
        code = target = 0;
        int colon = node.IndexOf(':');
        if (colon <= 0 || colon == node.Length - 1) return false;
        for (int i = 0; i < node.Length; i++)
            if (i != colon && !(node[i] is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))) return false;
        code = FromCode(node.AsSpan(0, colon));
        target = FromCode(node.AsSpan(colon + 1));
        return true;
    }

    /// <summary>
    /// A code of n characters counts past all shorter codes: "0"–"Z" are 0–35, "00"–"ZZ" are 36–1331, and so on.
    /// </summary>
    private static int FromCode(ReadOnlySpan<char> code)
    {
        int value = 0, range = 36;
        for (int length = 1; length < code.Length; length++, range *= 36) value += range;
        int digits = 0;
        foreach (var c in code) digits = digits * 36 + (c <= '9' ? c - '0' : c - 'A' + 10);
        return value + digits;
    }
}
