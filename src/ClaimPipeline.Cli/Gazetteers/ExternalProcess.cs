using System.ComponentModel;
using System.Diagnostics;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>Runs npm, apt-get or xz and collects what it printed; a failure is a <see cref="GazetteerSourceException"/>.</summary>
public static class ExternalProcess
{
    /// <summary>Runs <paramref name="program"/> in <paramref name="folder"/>, feeding it <paramref name="input"/>, and returns its standard output.</summary>
    public static byte[] Run(string program, IReadOnlyList<string> arguments, string folder, byte[]? input = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        string command = $"{program} {string.Join(' ', arguments)}";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GazetteerSourceException($"{command}: could not start");
        }
        catch (Win32Exception e)
        {
            throw new GazetteerSourceException($"{command}: could not start {program}: {e.Message}");
        }
        using (process)
        {
            // Both pipes are drained while the input is written, so a full pipe cannot stall either side.
            var output = new MemoryStream();
            var copyOut = process.StandardOutput.BaseStream.CopyToAsync(output);
            var errors = process.StandardError.ReadToEndAsync();
            try
            {
                if (input is not null) process.StandardInput.BaseStream.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The program stopped reading: its exit code and message below say why.
            }
            process.WaitForExit();
            copyOut.Wait();
            if (process.ExitCode != 0)
                throw new GazetteerSourceException($"{command} failed (exit {process.ExitCode}): {Reason(errors.Result)}");
            return output.ToArray();
        }
    }

    /// <summary>
    /// The line of a failed run's messages that says why: npm writes "npm error code E404", then the reason, then a
    /// stack and a log path; apt-get warnings ("W:") come before its error ("E:").
    /// </summary>
    public static string Reason(string errors)
    {
        foreach (var raw in errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var line = raw.StartsWith("npm error", StringComparison.Ordinal) ? raw["npm error".Length..].Trim() : raw;
            if (line.Length == 0 || line.StartsWith("W:", StringComparison.Ordinal) || line.StartsWith("at ", StringComparison.Ordinal)
                || line.StartsWith("code ", StringComparison.Ordinal) || line.StartsWith("errno ", StringComparison.Ordinal)
                || line.StartsWith("syscall ", StringComparison.Ordinal) || line.StartsWith("A complete log", StringComparison.Ordinal))
                continue;
            return line;
        }
        return "no message";
    }
}
