using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// The on-disk form of a tagger model (data/models/*.bin), little-endian:
/// magic "CPTAGGER", format version, feature-set id, metadata (key/value text: training data, command, scores),
/// the number of models (two for a two-pass recognizer), and per model: class names, the sorted feature hashes,
/// then one row per feature holding only its non-zero weights, each a class index and a half-precision float.
/// Most rows have weights for a few classes only, and half precision costs no measurable accuracy (weights are
/// averages of small integers), so this keeps the files a fraction of the dense size.
/// </summary>
public sealed record ModelFile(string FeatureSetId, IReadOnlyDictionary<string, string> Metadata, IReadOnlyList<PerceptronModel> Models)
{
    public const int FormatVersion = 3;

    public ModelFile(string featureSetId, IReadOnlyDictionary<string, string> metadata, PerceptronModel model)
        : this(featureSetId, metadata, [model])
    {
    }

    public PerceptronModel Model => Models[0];
    private static readonly byte[] Magic = "CPTAGGER"u8.ToArray();

    public void Save(string path)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(FeatureSetId);
            writer.Write(Metadata.Count);
            foreach (var (key, value) in Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                writer.Write(value);
            }
            writer.Write(Models.Count);
            foreach (var model in Models)
            {
                writer.Write(model.Classes.Length);
                foreach (var name in model.Classes) writer.Write(name);
                writer.Write(model.Features.Length);
                foreach (var feature in model.Features) writer.Write(feature);
                WriteSparseRows(writer, model);
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteSparseRows(BinaryWriter writer, PerceptronModel model)
    {
        int classes = model.Classes.Length;
        if (classes > byte.MaxValue) throw new InvalidOperationException("at most 255 classes fit the model format");
        var weights = model.Weights;
        for (int row = 0; row < model.Features.Length; row++)
        {
            var values = weights.Slice(row * classes, classes);
            int nonZero = 0;
            foreach (var value in values)
                if ((Half)value != Half.Zero) nonZero++;
            writer.Write((byte)nonZero);
            for (int c = 0; c < classes; c++)
            {
                var half = (Half)values[c];
                if (half == Half.Zero) continue;
                writer.Write((byte)c);
                writer.Write(half);
            }
        }
    }

    /// <summary>
    /// Loads a model; refuses a file of another format or a model built for other features. With
    /// <paramref name="keep"/> (metadata, model index, model count), only the models it accepts are built, in
    /// order, and the others skipped unread: a recognizer file holds one model per news domain and uses one.
    /// </summary>
    public static ModelFile Load(string path, string expectedFeatureSetId,
        Func<IReadOnlyDictionary<string, string>, int, int, bool>? keep = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFileException($"{path}: cannot read model: {e.Message}");
        }
        try
        {
            return Parse(path, bytes, expectedFeatureSetId, keep);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentOutOfRangeException or IndexOutOfRangeException or FormatException)
        {
            throw new ModelFileException($"{path}: damaged model file ({e.Message})");
        }
    }

    /// <summary>Reads the header with a BinaryReader and the large arrays straight from the bytes.</summary>
    private static ModelFile Parse(string path, byte[] bytes, string expectedFeatureSetId,
        Func<IReadOnlyDictionary<string, string>, int, int, bool>? keep)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (bytes.Length < Magic.Length || !reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            throw new ModelFileException($"{path}: not a ClaimPipeline tagger model");
        int version = reader.ReadInt32();
        if (version != FormatVersion)
            throw new ModelFileException($"{path}: model format {version}, this program reads format {FormatVersion}; retrain it");
        var featureSet = reader.ReadString();
        if (featureSet != expectedFeatureSetId)
            throw new ModelFileException($"{path}: model built for features '{featureSet}', this program uses '{expectedFeatureSetId}'; retrain it");
        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
        int entries = reader.ReadInt32();
        for (int i = 0; i < entries; i++) metadata[reader.ReadString()] = reader.ReadString();
        int modelCount = reader.ReadInt32();
        var models = new List<PerceptronModel>(modelCount);
        for (int m = 0; m < modelCount; m++)
        {
            var classes = new string[reader.ReadInt32()];
            for (int i = 0; i < classes.Length; i++) classes[i] = reader.ReadString();
            int count = reader.ReadInt32();
            int position = (int)stream.Position;
            if (keep is not null && !keep(metadata, m, modelCount))
            {
                position += count * sizeof(ulong);
                for (int row = 0; row < count; row++) position += 1 + 3 * bytes[position];
                stream.Position = position;
                continue;
            }
            var features = MemoryMarshal.Cast<byte, ulong>(bytes.AsSpan(position, checked(count * sizeof(ulong)))).ToArray();
            if (!BitConverter.IsLittleEndian)
                for (int i = 0; i < features.Length; i++) features[i] = BinaryPrimitives.ReverseEndianness(features[i]);
            position += count * sizeof(ulong);
            // Two passes over the sparse rows: the largest weight sets the quantization scale, then the packed
            // table is filled directly (no dense float copy of the model is made).
            int rowsStart = position;
            float largest = 0;
            for (int row = 0; row < count; row++)
            {
                int nonZero = bytes[position++];
                for (int k = 0; k < nonZero; k++, position += 3)
                    largest = Math.Max(largest, Math.Abs((float)BinaryPrimitives.ReadHalfLittleEndian(bytes.AsSpan(position + 1, 2))));
            }
            var packed = new PackedWeights(features, classes.Length, largest);
            position = rowsStart;
            for (int row = 0; row < count; row++)
            {
                int nonZero = bytes[position++];
                for (int k = 0; k < nonZero; k++, position += 3)
                {
                    int c = bytes[position];
                    if (c >= classes.Length) throw new ModelFileException($"{path}: damaged model (class {c} of {classes.Length})");
                    packed.Set(row, c, (float)BinaryPrimitives.ReadHalfLittleEndian(bytes.AsSpan(position + 1, 2)));
                }
            }
            stream.Position = position;
            models.Add(new PerceptronModel(classes, features, packed));
        }
        return new ModelFile(featureSet, metadata, models);
    }
}
