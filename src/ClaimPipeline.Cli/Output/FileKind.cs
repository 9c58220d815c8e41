namespace ClaimPipeline.Cli.Output;

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
