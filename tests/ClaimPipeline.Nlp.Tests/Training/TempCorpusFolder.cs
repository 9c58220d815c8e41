namespace ClaimPipeline.Nlp.Tests.Training;

/// <summary>A throwaway folder for small corpus files written by reader tests; deleted on dispose.</summary>
internal sealed class TempCorpusFolder : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimpipeline-corpora-" + Guid.NewGuid().ToString("N"));

    public TempCorpusFolder() => Directory.CreateDirectory(_path);

    /// <summary>Writes the lines with LF endings, as the corpora use, and returns the file path.</summary>
    public string Write(string fileName, params string[] lines)
    {
        var file = Path.Combine(_path, fileName);
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
        return file;
    }

    public void Dispose()
    {
        if (Directory.Exists(_path)) Directory.Delete(_path, recursive: true);
    }
}
