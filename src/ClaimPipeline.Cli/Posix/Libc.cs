using System.Runtime.InteropServices;

namespace ClaimPipeline.Cli.Posix;

/// <summary>
/// The few POSIX calls .NET has no public API for: a file's type and identity (statx), raw writes to standard
/// output (the console stream hides a broken pipe), and whether a process is alive. Linux; callers treat a
/// missing entry point as "unknown".
/// </summary>
internal static class Libc
{
    public const int Eintr = 4;
    public const int Eagain = 11;
    public const int Epipe = 32;
    public const int Esrch = 3;

    public const int AtCurrentDirectory = -100;
    public const int AtSymlinkNoFollow = 0x100;
    /// <summary>STATX_TYPE | STATX_MODE | STATX_INO; the device is always filled in.</summary>
    public const uint StatxTypeModeInode = 0x1 | 0x2 | 0x100;
    /// <summary>sizeof(struct statx): its layout is the same on every architecture.</summary>
    public const int StatxSize = 256;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    public static extern int Statx(int directory, string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    public static extern nint Write(int descriptor, ref byte buffer, nint count);

    [DllImport("libc", EntryPoint = "poll", SetLastError = true)]
    public static extern int Poll(ref PollDescriptor descriptors, nuint count, int timeoutMilliseconds);

    [DllImport("libc", EntryPoint = "isatty")]
    public static extern int IsATty(nint descriptor);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int pid, int signal);

    [StructLayout(LayoutKind.Sequential)]
    public struct PollDescriptor
    {
        public const short PollOut = 0x4;
        public int Descriptor;
        public short Events;
        public short ReturnedEvents;
    }
}
