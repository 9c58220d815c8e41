namespace ClaimPipeline.Cli.Commands;

public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>At least one input could not be read or processed; the others were written.</summary>
    public const int InputFailed = 1;
    /// <summary>The command line or the pipeline config is wrong; nothing was processed.</summary>
    public const int Usage = 2;
    /// <summary>A bug: an exception nobody expected.</summary>
    public const int InternalError = 70;
    /// <summary>Stopped by SIGINT (Ctrl-C); the previous output file is untouched.</summary>
    public const int Interrupted = 130;
    /// <summary>Stopped by SIGTERM; the previous output file is untouched.</summary>
    public const int Terminated = 143;
}
