using System.Globalization;
using System.Text;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// The members of a Unix ar archive, the container of a Debian package (debian-binary, control.tar.*, data.tar.*):
/// the magic line, then per member a 60-byte header (name, dates, mode, decimal size, "`\n") and its bytes,
/// padded to an even offset.
/// </summary>
public static class ArArchive
{
    private const string Magic = "!<arch>\n";

    public static Dictionary<string, byte[]> Read(byte[] archive, string path)
    {
        if (archive.Length < Magic.Length || Encoding.ASCII.GetString(archive, 0, Magic.Length) != Magic)
            throw new GazetteerSourceException($"{path}: not an ar archive (no !<arch> line)");
        var members = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        int offset = Magic.Length;
        while (offset + 60 <= archive.Length)
        {
            var header = Encoding.ASCII.GetString(archive, offset, 60);
            if (header[58] != '`' || header[59] != '\n')
                throw new GazetteerSourceException($"{path}: offset {offset}: bad ar member header");
            // GNU ar ends names with '/'.
            var name = header[..16].TrimEnd().TrimEnd('/');
            if (!int.TryParse(header.AsSpan(48, 10).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int size)
                || size > archive.Length - offset - 60)
                throw new GazetteerSourceException($"{path}: offset {offset}: bad ar member size");
            members[name] = archive.AsSpan(offset + 60, size).ToArray();
            offset += 60 + size + (size & 1);
        }
        return members;
    }
}
