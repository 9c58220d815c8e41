using System.Text.Json;

namespace ClaimPipeline.Nlp.Training;

/// <summary>
/// Feeds a <see cref="Utf8JsonReader"/> from a stream a block at a time, so that a file of hundreds of megabytes
/// is read without holding it: <see cref="Read"/> refills the buffer when the reader runs out of whole tokens.
/// </summary>
public sealed class JsonTokenStream(Stream stream)
{
    private byte[] _buffer = new byte[1 << 20];
    private int _length;
    private bool _final;

    /// <summary>The file offset of the buffer's first byte.</summary>
    private long _bufferStart;

    public Utf8JsonReader Start()
    {
        Fill(0);
        return new Utf8JsonReader(_buffer.AsSpan(0, _length), _final, default);
    }

    /// <summary>The file offset of the reader's current token.</summary>
    public long Offset(in Utf8JsonReader reader) => _bufferStart + reader.TokenStartIndex;

    /// <summary>The next token, or false at the end of the file.</summary>
    public bool Read(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (_final) return false;
            int consumed = (int)reader.BytesConsumed;
            int left = _length - consumed;
            // A token longer than the buffer: grow it rather than fail.
            if (left == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            Buffer.BlockCopy(_buffer, consumed, _buffer, 0, left);
            _bufferStart += consumed;
            Fill(left);
            reader = new Utf8JsonReader(_buffer.AsSpan(0, _length), _final, reader.CurrentState);
        }
        return true;
    }

    private void Fill(int from)
    {
        _length = from;
        while (_length < _buffer.Length)
        {
            int read = stream.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                _final = true;
                return;
            }
            _length += read;
        }
    }
}
