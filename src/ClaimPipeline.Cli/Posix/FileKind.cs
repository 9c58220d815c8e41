namespace ClaimPipeline.Cli.Posix;

/// <summary>The type of a file system entry (the S_IFMT bits of its mode).</summary>
public enum FileKind
{
    Regular,
    Directory,
    SymbolicLink,
    CharacterDevice,
    BlockDevice,
    Fifo,
    Socket,
}

/// <summary>Names of <see cref="FileKind"/> for messages.</summary>
public static class FileKinds
{
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "FIFO",
        FileKind.CharacterDevice => "character device",
        FileKind.BlockDevice => "block device",
        FileKind.Socket => "socket",
        FileKind.Directory => "directory",
        FileKind.SymbolicLink => "symbolic link",
        _ => "regular file",
    };
}
