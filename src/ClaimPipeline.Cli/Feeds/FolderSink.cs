using System.Text;

namespace ClaimPipeline.Cli.Feeds;

/// <summary>
/// One file per article, DIR/&lt;article id&gt;.jsonl (characters other than letters, digits, '-', '_' and '.'
/// percent-encoded), written to a temporary file, synced and renamed into place: a file exists only complete, and a
/// redelivered article rewrites the same file with the same bytes.
/// </summary>
public sealed class FolderSink(string folder) : IClaimSink
{
    public static string FileName(string articleId)
    {
        var name = new StringBuilder();
        foreach (var c in articleId)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (c == '.' && name.Length > 0)) name.Append(c);
            else foreach (var b in Encoding.UTF8.GetBytes(c.ToString())) name.Append('%').Append(b.ToString("X2"));
        }
        return name.Append(".jsonl").ToString();
    }

    public async Task WriteAsync(string articleId, ReadOnlyMemory<byte> records, CancellationToken cancellationToken)
    {
        var target = Path.Combine(folder, FileName(articleId));
        var temporary = $"{target}.{Environment.ProcessId}.tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            await stream.WriteAsync(records, cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, target, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
