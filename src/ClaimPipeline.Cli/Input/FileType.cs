namespace ClaimPipeline.Cli.Input;

/// <summary>What a path is, after following symbolic links; <see cref="Unknown"/> when that cannot be told.</summary>
public enum FileType
{
    Unknown,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}
