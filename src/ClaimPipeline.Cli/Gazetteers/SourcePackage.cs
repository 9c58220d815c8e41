namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>One pinned package the gazetteer table is built from, and the file its download leaves in the work folder.</summary>
public sealed record SourcePackage(string Name, string Version, string Licence, bool IsDebian)
{
    /// <summary>"countries-list@3.4.1", "wordnet-base=1:3.0-37": the name and version as the table's header states them.</summary>
    public string Pinned => IsDebian ? $"{Name}={Version}" : $"{Name}@{Version}";

    /// <summary>
    /// The file `npm pack` or `apt-get download` writes: npm drops the scope's @ and turns its / into -; apt-get
    /// escapes the epoch's colon.
    /// </summary>
    public string FileName => IsDebian
        ? $"{Name}_{Version.Replace(":", "%3a", StringComparison.Ordinal)}_all.deb"
        : $"{Name.TrimStart('@').Replace('/', '-')}-{Version}.tgz";
}
