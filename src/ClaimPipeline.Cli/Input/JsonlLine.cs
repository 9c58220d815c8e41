namespace ClaimPipeline.Cli.Input;

/// <summary>
/// One line of a JSONL stream: its 1-based number and bytes (without the newline), or, for a line longer than the
/// limit, only its length (<see cref="TooLong"/>). <see cref="RestUnread"/>: the line had no end within the
/// reader's skip limit, so its length is how far it was read, and it is the stream's last line. The bytes are valid
/// until the next line is read.
/// </summary>
public readonly record struct JsonlLine(int Number, ReadOnlyMemory<byte> Bytes, long Length, bool TooLong, bool RestUnread = false);
