using System.Diagnostics;
using System.Net.Sockets;

namespace ClaimPipeline.Cli.Tests.Input;

/// <summary>FIFOs, device nodes and sockets made in a test's own folder (never the real /dev).</summary>
internal static class SpecialFiles
{
    public static string Fifo(string path)
    {
        Run("mkfifo", path);
        return path;
    }

    /// <summary>A character device like /dev/zero (1, 5); false when not root, who alone may make one.</summary>
    public static bool TryZeroDevice(string path) => Environment.UserName == "root" && Run("mknod", path, "c", "1", "5") == 0;

    /// <summary>A bound Unix socket; the socket must stay open while the path is used.</summary>
    public static Socket UnixSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    private static int Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
