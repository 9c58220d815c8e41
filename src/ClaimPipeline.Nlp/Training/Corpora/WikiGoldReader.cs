namespace ClaimPipeline.Nlp.Training.Corpora;

/// <summary>
/// Reads WikiGold (<c>word tag</c>, IO tags with CoNLL types) and converts it to BIO. IO cannot separate two
/// adjacent entities of one type, so each run of one type becomes a single entity.
/// </summary>
public static class WikiGoldReader
{
    // Same layout as CoNLL-2003 minus the POS and chunk columns, and IO repairs to BIO like IOB1 does.
    public static IEnumerable<TaggedSentence> Read(string path) => Conll2003Reader.ReadWordAndLastColumn(path);
}
