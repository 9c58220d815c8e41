using System.Runtime.InteropServices;

namespace ClaimPipeline.Cli.Posix;

/// <summary>
/// What .NET does not tell about a path: whether it is a device, FIFO or socket, and its identity (device and
/// inode), which is the same for every spelling of a file: relative, through a symbolic link, or a hard link.
/// </summary>
public readonly record struct FileStatus(FileKind Kind, ulong Device, ulong Inode)
{
    /// <summary>The status of <paramref name="path"/> (of the link itself unless <paramref name="followLinks"/>), or
    /// null when it does not exist, cannot be examined, or the system has no statx (then nothing is known).</summary>
    public static FileStatus? Of(string path, bool followLinks)
    {
        if (path.Length == 0 || path.Contains('\0')) return null;
        var buffer = new byte[Libc.StatxSize];
        try
        {
            if (Libc.Statx(Libc.AtCurrentDirectory, path, followLinks ? 0 : Libc.AtSymlinkNoFollow, Libc.StatxTypeModeInode, buffer) != 0)
                return null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
        // struct statx: stx_mask (u32) at 0 says which fields were filled, stx_mode (u16) at 28, stx_ino (u64) at 32,
        // stx_dev_major and stx_dev_minor (u32, always filled) at 136 and 140.
        var span = buffer.AsSpan();
        if ((MemoryMarshal.Read<uint>(span) & Libc.StatxTypeModeInode) != Libc.StatxTypeModeInode) return null;
        var kind = (MemoryMarshal.Read<ushort>(span[28..]) & 0xF000) switch
        {
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Regular,
        };
        var device = ((ulong)MemoryMarshal.Read<uint>(span[136..]) << 32) | MemoryMarshal.Read<uint>(span[140..]);
        return new FileStatus(kind, device, MemoryMarshal.Read<ulong>(span[32..]));
    }

    /// <summary>Device, FIFO or socket: written in place, never replaced.</summary>
    public bool IsSpecial => Kind is FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Fifo or FileKind.Socket;

    public bool IsSameFileAs(FileStatus other) => Device == other.Device && Inode == other.Inode;
}
