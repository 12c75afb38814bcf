using System.Security.Cryptography;
using ArticleReader.Ingestion.Embeddings;
using ArticleReader.Ingestion.Entities.Tagging;

namespace ArticleReader.Training;

/// <summary>
/// The encoder's word vectors of a CoNLL file, kept on disk between runs (encoding the training split takes minutes):
/// one file per input file's SHA-256, the vectors of every word in order, as 32-bit floats.
/// </summary>
internal static class NerVectorCache
{
    /// <summary>Sentences per call of the encoder: enough for full batches, few enough to report progress.</summary>
    private const int ChunkSentences = 512;

    public static float[][][] Load(string conllPath, IReadOnlyList<ConllSentence> sentences, string cacheFolder)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(conllPath)));
        var path = Path.Combine(cacheFolder, $"{hash[..16]}.vectors");
        var words = sentences.Sum(s => s.Words.Count);
        if (File.Exists(path) && new FileInfo(path).Length == (long)words * SentenceEncoder.Dimensions * sizeof(float))
        {
            return Read(path, sentences);
        }

        Directory.CreateDirectory(cacheFolder);
        var vectors = new float[sentences.Count][][];
        var started = DateTime.UtcNow;
        for (var start = 0; start < sentences.Count; start += ChunkSentences)
        {
            var chunk = sentences.Skip(start).Take(ChunkSentences).Select(s => s.Words).ToList();
            var encoded = SentenceEncoder.Default.Encode(chunk);
            for (var i = 0; i < encoded.Count; i++)
            {
                vectors[start + i] = [.. encoded[i].Words];
            }

            Console.Error.WriteLine($"encoded {Math.Min(start + ChunkSentences, sentences.Count)}/{sentences.Count} sentences of {Path.GetFileName(conllPath)} ({(DateTime.UtcNow - started).TotalSeconds:F0} s)");
        }

        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            foreach (var word in vectors.SelectMany(s => s))
            {
                foreach (var value in word)
                {
                    writer.Write(value);
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
        return vectors;
    }

    private static float[][][] Read(string path, IReadOnlyList<ConllSentence> sentences)
    {
        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 20));
        var vectors = new float[sentences.Count][][];
        var buffer = new byte[SentenceEncoder.Dimensions * sizeof(float)];
        for (var s = 0; s < sentences.Count; s++)
        {
            vectors[s] = new float[sentences[s].Words.Count][];
            for (var w = 0; w < vectors[s].Length; w++)
            {
                reader.BaseStream.ReadExactly(buffer);
                var vector = new float[SentenceEncoder.Dimensions];
                Buffer.BlockCopy(buffer, 0, vector, 0, buffer.Length);
                vectors[s][w] = vector;
            }
        }

        return vectors;
    }
}
