using System.Diagnostics;
using System.Runtime.Versioning;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Output;

/// <summary>
/// An -o file is replaced through a temporary file beside its final target, and only by a run that has something
/// to show for itself: links stay links, permissions stay, long names work, leftovers of killed runs are cleared,
/// and a full disk leaves the previous file as it was.
/// </summary>
public sealed class OutputFileSafetyTests
{
    private const string Header = "article_id,claim_id,";
    private static readonly string Article = RepoPaths.Data("articles", "000_8d99f1fb4af1b66b.txt");

    private static CliResult Extract(params string[] args) => CliRunner.Run(["extract", .. args, "--config", CliRunner.Config]);

    private static string[] Entries(string folder) =>
        Directory.GetFileSystemEntries(folder).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray();

    /// <summary>`claims extract - -o a.txt &lt; a.txt`: the shell opened the output as standard input, and the
    /// old check compared only named inputs, so the article was replaced by its own claims.</summary>
    [Fact]
    public void Extract_OutputIsTheFileOnStandardInput_IsAUsageError_AndTheFileIsKept()
    {
        using var folder = new TempFolder();
        var victim = folder.File("victim.txt", File.ReadAllText(RepoPaths.Data("articles", "000_8d99f1fb4af1b66b.txt")));
        var before = File.ReadAllBytes(victim);
        var (exit, output, error) = SystemCommand.Run("sh", "-c", "in=$1; shift; exec \"$@\" < \"$in\"", "sh", victim,
            "dotnet", "exec", SystemCommand.ClaimsDll, "extract", "-", "-o", victim, "--config", CliRunner.Config);
        Assert.Equal(2, exit);
        Assert.Equal($"claims: error: {victim}: is also an input (standard input); writing it would destroy the articles it is made from\n", error);
        Assert.Equal("", output);
        Assert.Equal(before, File.ReadAllBytes(victim));
    }

    [Fact]
    public void Extract_NoInputSucceeds_KeepsThePreviousFile()
    {
        using var folder = new TempFolder();
        var keep = folder.File("keep.csv", "yesterday's claims\n");
        var missing = Path.Combine(folder.Path, "nosuch.txt");

        var result = Extract(missing, "-o", keep);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("yesterday's claims\n", File.ReadAllText(keep));
        Assert.Equal(["keep.csv"], Entries(folder.Path));
        Assert.Equal($"claims: error: {missing}: no such file or directory\n"
            + $"claims: error: {keep}: no article could be processed, so the previous {keep} was left as it was\n", result.Error);
    }

    [Fact]
    public void Extract_NoInputSucceeds_CreatesNoNewFile()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "new.csv");

        var result = Extract(Path.Combine(folder.Path, "nosuch.txt"), "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(Entries(folder.Path));
        Assert.EndsWith($"claims: error: {output}: no article could be processed, so {output} was not created\n", result.Error);
    }

    /// <summary>The boundary of the rule above: an article processed without claims, or one good input among bad
    /// ones, is a real result and replaces the file (as before).</summary>
    [Fact]
    public void Extract_AnArticleSucceedsWithoutClaims_ReplacesThePreviousFile()
    {
        using var folder = new TempFolder();
        var keep = folder.File("keep.csv", "yesterday's claims\n");
        var plain = folder.File("plain.txt", "The sky was blue over the hills.");

        var result = Extract(plain, Path.Combine(folder.Path, "nosuch.txt"), "-o", keep);

        Assert.Equal(1, result.ExitCode);
        var lines = File.ReadAllLines(keep);
        Assert.StartsWith(Header, Assert.Single(lines));
    }

    [Fact]
    public void Extract_OutputIsASymbolicLink_ReplacesItsFinalTarget_AndTheLinksStay()
    {
        using var folder = new TempFolder();
        var sub = Directory.CreateDirectory(Path.Combine(folder.Path, "sub")).FullName;
        var real = Path.Combine(sub, "real.csv");
        File.WriteAllText(real, "previous\n");
        var first = Path.Combine(folder.Path, "first.csv");
        var second = Path.Combine(folder.Path, "second.csv");
        File.CreateSymbolicLink(first, "sub/real.csv");
        File.CreateSymbolicLink(second, "first.csv");

        Assert.Equal(0, Extract(Article, "-o", second).ExitCode);

        Assert.Equal("first.csv", new FileInfo(second).LinkTarget);
        Assert.Equal("sub/real.csv", new FileInfo(first).LinkTarget);
        Assert.StartsWith(Header, File.ReadAllText(real));
        Assert.Equal(["first.csv", "second.csv", "sub"], Entries(folder.Path));
        Assert.Equal(["real.csv"], Entries(sub));
    }

    [Fact]
    public void Extract_OutputIsADanglingLink_CreatesItsTarget()
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "link.csv");
        File.CreateSymbolicLink(link, "made.csv");

        Assert.Equal(0, Extract(Article, "-o", link).ExitCode);

        Assert.Equal("made.csv", new FileInfo(link).LinkTarget);
        Assert.StartsWith(Header, File.ReadAllText(Path.Combine(folder.Path, "made.csv")));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Extract_ReplacedFile_KeepsItsPermissions_ANewFileGetsTheDefault()
    {
        using var folder = new TempFolder();
        var secret = folder.File("secret.csv", "previous\n");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var fresh = Path.Combine(folder.Path, "fresh.csv");
        var defaultMode = File.GetUnixFileMode(folder.File("probe", "x"));

        Assert.Equal(0, Extract(Article, "-o", secret).ExitCode);
        Assert.Equal(0, Extract(Article, "-o", fresh).ExitCode);

        Assert.StartsWith(Header, File.ReadAllText(secret));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secret));
        Assert.Equal(defaultMode, File.GetUnixFileMode(fresh));
    }

    [Fact]
    public void Extract_OutputNameOf254Characters_IsWritten()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, new string('c', 250) + ".csv");

        var result = Extract(Article, "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(Header, File.ReadAllText(output));
        Assert.Equal([Path.GetFileName(output)], Entries(folder.Path));
    }

    [Fact]
    public void Extract_RemovesTheTemporaryFileOfAKilledRun_AndNothingElse()
    {
        using var folder = new TempFolder();
        int dead;
        using (var exited = Process.Start("true")!)
        {
            exited.WaitForExit();
            dead = exited.Id;
        }
        var stale = folder.File(TemporaryFileName.For("out.csv", dead), "half a run");
        var running = folder.File(TemporaryFileName.For("out.csv", Environment.ProcessId), "a run still going");
        var otherTarget = folder.File(TemporaryFileName.For("other.csv", dead), "another output's leftover");
        var notOurs = folder.File($".claims.{dead}.notes.tmp", "someone else's file");

        Assert.Equal(0, Extract(Article, "-o", Path.Combine(folder.Path, "out.csv")).ExitCode);

        Assert.False(File.Exists(stale));
        Assert.Equal(
            new[] { Path.GetFileName(running), Path.GetFileName(otherTarget), Path.GetFileName(notOurs), "out.csv" }.Order(StringComparer.Ordinal),
            Entries(folder.Path));
    }

    [Fact]
    public void TemporaryFileName_IsShortHiddenAndParsesBack()
    {
        var name = TemporaryFileName.For(new string('c', 255), 4_194_304);
        Assert.True(name.Length < 50, name);
        Assert.True(TemporaryFileName.TryParse(name, out int pid, out var key));
        Assert.Equal(4_194_304, pid);
        Assert.Equal(TemporaryFileName.KeyOf(new string('c', 255)), key);
        Assert.NotEqual(key, TemporaryFileName.KeyOf("other.csv"));
        Assert.False(TemporaryFileName.TryParse(".claims.0.0123abcd.abcdef.tmp", out _, out _));
        Assert.False(TemporaryFileName.TryParse(".claims.12.notes.tmp", out _, out _));
    }

    /// <summary>A write error, injected under the writer: one message, the temporary file gone, the old file kept.</summary>
    [Fact]
    public void OutputTarget_DiskFull_ReportsOnce_DeletesTheTemporaryFile_KeepsThePreviousFile()
    {
        using var folder = new TempFolder();
        var output = folder.File("out.csv", "previous\n");

        var target = OutputTarget.Open(output, [], Stream.Null, interpose: file => new FailingStream(file, capacity: 1000));
        OutputWriteException error;
        using (target)
        {
            target.Stream.Write(new byte[600]);
            error = Assert.Throws<OutputWriteException>(() =>
            {
                target.Stream.Write(new byte[600]);
                target.Commit();
            });
        }

        Assert.Equal($"{output}: cannot write: no space left on device (the previous {output} was left as it was)", error.Message);
        Assert.False(error.BrokenPipe);
        Assert.Equal("previous\n", File.ReadAllText(output));
        Assert.Equal(["out.csv"], Entries(folder.Path));
    }

    /// <summary>The same on a real full file system: a 64 KB tmpfs (when the tests run as root and may mount).</summary>
    [Fact]
    public void Extract_DiskFull_OnATmpfs_OneLineExit1_ThePreviousFileKept()
    {
        if (!SystemCommand.IsRoot) return;
        using var folder = new TempFolder();
        var mountPoint = Directory.CreateDirectory(Path.Combine(folder.Path, "small")).FullName;
        if (SystemCommand.Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint).ExitCode != 0) return;
        try
        {
            // The previous output fills all but 8 KB; the new one (two articles, about 13 KB of CSV) does not fit.
            var output = Path.Combine(mountPoint, "out.csv");
            var previous = new string('p', 56 * 1024);
            File.WriteAllText(output, previous);

            var result = Extract(RepoPaths.Data("articles"), "-o", output);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal($"claims: error: {output}: cannot write: no space left on device (the previous {output} was left as it was)\n", result.Error);
            Assert.Equal(previous, File.ReadAllText(output));
            Assert.Equal(["out.csv"], Entries(mountPoint));
        }
        finally
        {
            SystemCommand.Run("umount", mountPoint);
        }
    }
}
