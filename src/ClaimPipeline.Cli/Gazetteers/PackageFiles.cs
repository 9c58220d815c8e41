using System.Formats.Tar;
using System.IO.Compression;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// The files of one package archive, by path inside it without the leading "package/" (npm) or "./" (Debian):
/// a .tgz is read with GZip and Tar; a .deb's data.tar is taken from its ar archive, unpacked with GZip or
/// `xz -dc` as its name says.
/// </summary>
public sealed class PackageFiles
{
    private readonly Dictionary<string, byte[]> _files;

    private PackageFiles(SourcePackage package, string path, Dictionary<string, byte[]> files)
    {
        Package = package;
        ArchivePath = path;
        _files = files;
    }

    public SourcePackage Package { get; }
    public string ArchivePath { get; }

    /// <summary>The file at <paramref name="name"/>; its absence is an error naming the archive.</summary>
    public byte[] Get(string name) => _files.TryGetValue(name, out var bytes)
        ? bytes
        : throw new GazetteerSourceException($"{ArchivePath}: no {name} in the package");

    public string Text(string name) => System.Text.Encoding.UTF8.GetString(Get(name));

    public IEnumerable<string> Names => _files.Keys;

    public static PackageFiles Read(SourcePackage package, string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return new PackageFiles(package, path, package.IsDebian ? ReadDeb(bytes, path) : ReadTar(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress), path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            throw new GazetteerSourceException($"{path}: {e.Message}");
        }
    }

    private static Dictionary<string, byte[]> ReadDeb(byte[] bytes, string path)
    {
        var members = ArArchive.Read(bytes, path);
        foreach (var (name, data) in members)
        {
            if (name == "data.tar") return ReadTar(new MemoryStream(data), path);
            if (name == "data.tar.gz") return ReadTar(new GZipStream(new MemoryStream(data), CompressionMode.Decompress), path);
            if (name == "data.tar.xz")
                return ReadTar(new MemoryStream(ExternalProcess.Run("xz", ["-dc"], Path.GetDirectoryName(Path.GetFullPath(path))!, data)), path);
        }
        throw new GazetteerSourceException($"{path}: no data.tar, data.tar.gz or data.tar.xz in the package");
    }

    private static Dictionary<string, byte[]> ReadTar(Stream stream, string path)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var reader = new TarReader(stream);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            var copy = new MemoryStream();
            entry.DataStream.CopyTo(copy);
            files[StripRoot(entry.Name)] = copy.ToArray();
        }
        if (files.Count == 0) throw new GazetteerSourceException($"{path}: no files in the archive");
        return files;
    }

    private static string StripRoot(string name) =>
        name.StartsWith("package/", StringComparison.Ordinal) ? name["package/".Length..]
        : name.StartsWith("./", StringComparison.Ordinal) ? name[2..]
        : name;
}
