using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// The name of the temporary file an output is written to before it is renamed into place:
/// <c>.claims.PID.KEY.RANDOM.tmp</c> in the target's folder. Short whatever the target's name (a 255-byte name
/// still leaves room), hidden, and recognisable: KEY is a hash of this machine's name and the target's file name,
/// so a later run to the same target can tell its own leftovers (same KEY, a PID no longer running) from
/// anything else.
/// </summary>
public static class TemporaryFileName
{
    private const string Prefix = ".claims.";
    private const string Suffix = ".tmp";
    private const int RandomLength = 6;

    public static string For(string targetFileName, int pid)
    {
        Span<char> random = stackalloc char[RandomLength];
        for (int i = 0; i < random.Length; i++) random[i] = "abcdefghijklmnopqrstuvwxyz0123456789"[RandomNumberGenerator.GetInt32(36)];
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{pid}.{KeyOf(targetFileName)}.{random}{Suffix}");
    }

    /// <summary>8 hex digits of a SHA-256 of the machine name and the target's file name.</summary>
    public static string KeyOf(string targetFileName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Environment.MachineName + "/" + targetFileName)), 0, 4);

    /// <summary>The PID and KEY of a name made by <see cref="For"/>; false for any other name.</summary>
    public static bool TryParse(string fileName, out int pid, out string key)
    {
        pid = 0;
        key = "";
        if (!fileName.StartsWith(Prefix, StringComparison.Ordinal) || !fileName.EndsWith(Suffix, StringComparison.Ordinal)) return false;
        var parts = fileName[Prefix.Length..^Suffix.Length].Split('.');
        if (parts.Length != 3 || parts[1].Length != 8 || parts[2].Length != RandomLength) return false;
        if (!parts[0].All(char.IsAsciiDigit) || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out pid) || pid <= 0)
            return false;
        if (!parts[1].All(char.IsAsciiHexDigitLower) || !parts[2].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))) return false;
        key = parts[1];
        return true;
    }
}
