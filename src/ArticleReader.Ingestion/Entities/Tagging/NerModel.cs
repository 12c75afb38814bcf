using ArticleReader.Ingestion.Models;
using System.Security.Cryptography;
using System.Text;

namespace ArticleReader.Ingestion.Entities.Tagging;

/// <summary>A model file that is missing, unreadable or not what it should be; the message is one line naming the file.</summary>

/// <summary>
/// The weights of the named-entity tagger: a linear-chain model over BILOU tags whose token scores add sparse
/// feature weights (<see cref="TaggerFeatures"/>) and a linear map of the encoder's word vector, decoded with Viterbi.
/// </summary>
/// <remarks>
/// The file is binary: a magic word and version, the types, the dense and transition weights, the sparse features
/// (hash, then one half-precision weight per tag), and the SHA-256 of everything before it, so a truncated or
/// altered file is refused rather than read as other weights.
/// </remarks>
public sealed class NerModel
{
    private const string Magic = "ARNER";
    private const int Version = 1;
    private const int HashBytes = 32;

    internal NerModel(IReadOnlyList<string> types, int dimensions, float denseScale, Dictionary<ulong, int> features)
    {
        Types = types;
        Dimensions = dimensions;
        DenseScale = denseScale;
        Tags = TagSpans.TagCount(types.Count);
        Features = features;
        Sparse = new float[features.Count * Tags];
        Dense = new float[Tags * dimensions];
        Transitions = new float[(Tags + 1) * Tags];
        Ends = new float[Tags];
    }

    /// <summary>The entity types, in the order of the tag numbers (<see cref="TagSpans"/>).</summary>
    public IReadOnlyList<string> Types { get; }

    public int Tags { get; }

    internal int Dimensions { get; }

    /// <summary>The length the encoder's word vector is scaled to, which sets its weight against the sparse features.</summary>
    internal float DenseScale { get; }

    internal Dictionary<ulong, int> Features { get; }

    /// <summary>Feature × tag.</summary>
    internal float[] Sparse { get; }

    /// <summary>Tag × dimension.</summary>
    internal float[] Dense { get; }

    /// <summary>(previous tag, with the sentence start last) × tag.</summary>
    internal float[] Transitions { get; }

    internal float[] Ends { get; }

    /// <summary>The encoder vector of a word as the model reads it: unit length times <see cref="DenseScale"/>.</summary>
    internal float[] DenseInput(float[] vector)
    {
        var norm = 0.0;
        foreach (var value in vector)
        {
            norm += value * value;
        }

        var factor = norm == 0 ? 0 : (float)(DenseScale / Math.Sqrt(norm));
        var input = new float[vector.Length];
        for (var d = 0; d < vector.Length; d++)
        {
            input[d] = vector[d] * factor;
        }

        return input;
    }

    /// <summary>Each token's score for each tag, before transitions.</summary>
    internal float[][] Emissions(ulong[][] features, float[][] inputs)
    {
        var scores = new float[features.Length][];
        for (var i = 0; i < features.Length; i++)
        {
            var row = new float[Tags];
            foreach (var feature in features[i])
            {
                if (Features.TryGetValue(feature, out var index))
                {
                    var offset = index * Tags;
                    for (var t = 0; t < Tags; t++)
                    {
                        row[t] += Sparse[offset + t];
                    }
                }
            }

            var input = inputs[i];
            for (var t = 0; t < Tags; t++)
            {
                var offset = t * Dimensions;
                var sum = 0f;
                for (var d = 0; d < Dimensions; d++)
                {
                    sum += Dense[offset + d] * input[d];
                }

                row[t] += sum;
            }

            scores[i] = row;
        }

        return scores;
    }

    /// <summary>The best tag sequence under the BILOU constraints.</summary>
    internal int[] Viterbi(float[][] emissions)
    {
        var n = emissions.Length;
        var tags = new int[n];
        if (n == 0)
        {
            return tags;
        }

        var best = new float[n, Tags];
        var back = new int[n, Tags];
        for (var t = 0; t < Tags; t++)
        {
            best[0, t] = TagSpans.Allowed(-1, t) ? Transitions[(Tags * Tags) + t] + emissions[0][t] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var t = 0; t < Tags; t++)
            {
                var top = float.NegativeInfinity;
                var from = 0;
                for (var p = 0; p < Tags; p++)
                {
                    if (!TagSpans.Allowed(p, t))
                    {
                        continue;
                    }

                    var score = best[i - 1, p] + Transitions[(p * Tags) + t];
                    if (score > top)
                    {
                        top = score;
                        from = p;
                    }
                }

                best[i, t] = top + emissions[i][t];
                back[i, t] = from;
            }
        }

        tags[n - 1] = BestLastTag(best, n - 1);
        for (var i = n - 1; i > 0; i--)
        {
            tags[i - 1] = back[i, tags[i]];
        }

        return tags;
    }

    // The tag a sentence may end on with the best score, the end transition included.
    private int BestLastTag(float[,] best, int last)
    {
        var tag = 0;
        var top = float.NegativeInfinity;
        for (var t = 0; t < Tags; t++)
        {
            var score = TagSpans.Allowed(t, -1) ? best[last, t] + Ends[t] : float.NegativeInfinity;
            if (score > top)
            {
                top = score;
                tag = t;
            }
        }

        return tag;
    }

    /// <summary>The names in one sentence, from its sparse features and its words' encoder vectors.</summary>
    public List<TaggedSpan> Tag(ulong[][] features, IReadOnlyList<float[]> vectors)
    {
        var inputs = vectors.Select(DenseInput).ToArray();
        return TagSpans.FromBilou(Viterbi(Emissions(features, inputs)), Types);
    }

    public void Save(string path)
    {
        using var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(Version);
            writer.Write(Types.Count);
            foreach (var type in Types)
            {
                writer.Write(type);
            }

            writer.Write(Dimensions);
            writer.Write(DenseScale);
            writer.Write(Features.Count);
            foreach (var (hash, _) in Features.OrderBy(f => f.Value))
            {
                writer.Write(hash);
            }

            foreach (var value in Transitions.Concat(Ends))
            {
                writer.Write(value);
            }

            foreach (var value in Dense)
            {
                writer.Write((Half)value);
            }

            foreach (var value in Sparse)
            {
                writer.Write((Half)value);
            }
        }

        using var file = File.Create(path);
        content.Position = 0;
        content.CopyTo(file);
        file.Write(SHA256.HashData(content.ToArray()));
    }

    /// <exception cref="ModelFileException">The file is missing or is not a whole model file.</exception>
    public static NerModel Load(string path)
    {
        var bytes = ReadChecked(path);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - HashBytes), Encoding.UTF8);
            if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic || reader.ReadInt32() != Version)
            {
                throw new ModelFileException($"the entity model {path} is not a version {Version} entity model");
            }

            var types = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToList();
            var dimensions = reader.ReadInt32();
            var scale = reader.ReadSingle();
            var count = reader.ReadInt32();
            var features = new Dictionary<ulong, int>(count);
            for (var i = 0; i < count; i++)
            {
                features.Add(reader.ReadUInt64(), i);
            }

            var model = new NerModel(types, dimensions, scale, features);
            model.ReadWeights(reader);
            return reader.BaseStream.Position == reader.BaseStream.Length
                ? model
                : throw new ModelFileException($"the entity model {path} is corrupt (it is longer than its weights)");
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException)
        {
            throw new ModelFileException($"the entity model {path} is corrupt ({e.Message})", e);
        }
    }

    /// <summary>The bytes of a model file whose checksum matches.</summary>
    private static byte[] ReadChecked(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFileException($"the entity model {path} cannot be read: {e.Message}", e);
        }

        if (bytes.Length < HashBytes + Magic.Length
            || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - HashBytes)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashBytes)))
        {
            throw new ModelFileException($"the entity model {path} is corrupt (its checksum does not match): retrain it or restore it from the repository");
        }

        return bytes;
    }

    // The weights in the order Save writes them: transitions and ends as singles, dense and sparse as halves.
    private void ReadWeights(BinaryReader reader)
    {
        for (var i = 0; i < Transitions.Length; i++)
        {
            Transitions[i] = reader.ReadSingle();
        }

        for (var i = 0; i < Ends.Length; i++)
        {
            Ends[i] = reader.ReadSingle();
        }

        for (var i = 0; i < Dense.Length; i++)
        {
            Dense[i] = (float)reader.ReadHalf();
        }

        for (var i = 0; i < Sparse.Length; i++)
        {
            Sparse[i] = (float)reader.ReadHalf();
        }
    }
}
