namespace ClaimPipeline.Cli.Commands;

/// <summary>A one-line progress bar on stderr, drawn only when stderr is a terminal.</summary>
public sealed class ProgressBar(CliConsole console, string label)
{
    private int _lastPercent = -1;

    public void Report(int done, int total, string suffix = "")
    {
        if (!console.ErrorIsTerminal || total <= 0) return;
        int percent = (int)(100L * done / total);
        if (percent == _lastPercent) return;
        _lastPercent = percent;
        int filled = percent / 4;
        console.Error.Write($"\r{label} [{new string('#', filled)}{new string('.', 25 - filled)}] {percent,3}% {suffix}");
    }

    public void Clear()
    {
        if (console.ErrorIsTerminal) console.Error.Write("\r" + new string(' ', 79) + "\r");
        _lastPercent = -1;
    }
}
