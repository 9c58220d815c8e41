using System.Runtime.InteropServices;

namespace ClaimPipeline.Cli.Input;

/// <summary>
/// Tells a regular file from a FIFO, device or socket, which .NET does not: File.Exists is true for all of them,
/// and opening a FIFO blocks until a writer comes. Asks Linux's statx(2), whose result has one layout on every
/// architecture; elsewhere, or when the call fails (a vanished file, a link loop), the answer is Unknown and the
/// caller opens the path as before, which reports the problem itself.
/// </summary>
public static class FileTypes
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    public static FileType Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return FileType.Unknown;
        var buffer = new byte[StatxSize];
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0) return FileType.Unknown;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return FileType.Unknown; // a C library without statx (glibc before 2.28)
        }
        // struct statx in native byte order: u32 stx_mask at 0 says which fields were filled, u16 stx_mode at 28.
        if ((MemoryMarshal.Read<uint>(buffer) & StatxType) == 0) return FileType.Unknown;
        int mode = MemoryMarshal.Read<ushort>(buffer.AsSpan(ModeOffset));
        return (mode & 0xF000) switch
        {
            0x8000 => FileType.Regular,
            0x4000 => FileType.Directory,
            0x1000 => FileType.Fifo,
            0x2000 => FileType.CharacterDevice,
            0x6000 => FileType.BlockDevice,
            0xC000 => FileType.Socket,
            _ => FileType.Unknown,
        };
    }

    public static string Describe(FileType type) => type switch
    {
        FileType.Fifo => "FIFO",
        FileType.CharacterDevice => "character device",
        FileType.BlockDevice => "block device",
        FileType.Socket => "socket",
        FileType.Directory => "directory",
        FileType.Regular => "regular file",
        _ => "unknown type",
    };

    // DllImport rather than LibraryImport, which would need unsafe code in the project; a string marshals as UTF-8 on Unix.
    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int directory, string path, int flags, uint mask, [Out] byte[] result);
}
