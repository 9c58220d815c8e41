using ClaimPipeline.Nlp.Entities;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>The @stdlib male or female English first-name list (data/names.txt, one name a line), as first-name.</summary>
public static class FirstNameSource
{
    public static void Read(PackageFiles files, GazetteerTable table)
    {
        foreach (var line in files.Text("data/names.txt").Split('\n'))
            if (line.Trim().Length > 0) table.Add(line.Trim(), GazetteerClasses.FirstName, files.Package.Pinned);
    }
}
