using System.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// The on-disk form of a tagger model (data/models/*.bin), little-endian:
/// magic "CPTAGGER", format version, feature-set id, metadata (key/value text: training data, command, scores),
/// the number of models (two for a two-pass recognizer), and per model: class names, the sorted feature hashes,
/// then the weights as half-precision floats, one row per feature. Half precision halves the file at no
/// measurable cost in accuracy; weights are averages of small integers.
/// </summary>
public sealed record ModelFile(string FeatureSetId, IReadOnlyDictionary<string, string> Metadata, IReadOnlyList<PerceptronModel> Models)
{
    public const int FormatVersion = 2;

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
                foreach (var weight in model.Weights) writer.Write((Half)weight);
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Loads a model; refuses a file of another format or a model built for other features.</summary>
    public static ModelFile Load(string path, string expectedFeatureSetId)
    {
        try
        {
            using var stream = new BufferedStream(File.OpenRead(path), 1 << 20);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
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
            var models = new PerceptronModel[reader.ReadInt32()];
            for (int m = 0; m < models.Length; m++)
            {
                var classes = new string[reader.ReadInt32()];
                for (int i = 0; i < classes.Length; i++) classes[i] = reader.ReadString();
                var features = new ulong[reader.ReadInt32()];
                for (int i = 0; i < features.Length; i++) features[i] = reader.ReadUInt64();
                var weights = new float[features.Length * classes.Length];
                for (int i = 0; i < weights.Length; i++) weights[i] = (float)reader.ReadHalf();
                models[m] = new PerceptronModel(classes, features, weights);
            }
            return new ModelFile(featureSet, metadata, models);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFileException($"{path}: cannot read model: {e.Message}");
        }
    }
}
