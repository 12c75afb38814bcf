using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Embeddings;
using ArticleReader.Ingestion.Evaluation;

namespace ArticleReader.Training;

/// <summary>
/// <c>claims [--data DIR] [--out FILE] [--cache FILE]</c>: trains the claim spotter on CheckThat! 2024 <c>train.tsv</c>,
/// chooses the model, its calibration and its threshold on <c>dev.tsv</c> and <c>dev-test.tsv</c>, prints the scores on both and
/// <c>dev-test.tsv</c> and writes the model with its SHA-256. Everything is seeded: the same data gives the same file.
/// </summary>
public static class ClaimTraining
{
    public const string Usage = "usage: training claims [--data DIR] [--out FILE] [--cache FILE]";

    public static int Run(string[] args)
    {
        if (!TryParseArguments(args, out var data, out var output, out var cache))
        {
            return 2;
        }

        var clock = Stopwatch.StartNew();
        List<Split> splits;
        try
        {
            splits = [.. new[] { "train", "dev", "dev-test" }.Select(name => ReadSplit(Path.Combine(data, $"{name}.tsv"), name))];
        }
        catch (IngestionException e)
        {
            Console.Error.WriteLine($"training claims: {e.Message}");
            return 2;
        }

        Encode(splits, cache, clock);
        var (train, dev, devTest) = (splits[0], splits[1], splits[2]);
        // Every choice (model, epoch, calibration, threshold) is made on both development splits together: dev shares
        // its debates with train, dev-test comes from later ones, as new text does.
        var tuning = new Split("dev+dev-test", [.. dev.Sentences, .. devTest.Sentences]) { Encodings = [.. dev.Encodings, .. devTest.Encodings] };

        var chosen = Choose(train, dev, devTest, tuning, clock);
        var (slope, offset) = Calibration.FitPlatt(chosen.TuningLogits, tuning.Labels);
        var calibrated = chosen.TuningLogits.Select(z => Calibration.Sigmoid(slope * z + offset)).ToArray();
        var (cut, _) = BestThreshold(calibrated, tuning.Labels);
        var model = chosen.ToModel(slope, offset, cut);
        model.Save(output);

        Console.WriteLine($"chosen: {chosen.Options}; Platt slope {slope.ToString("0.000", CultureInfo.InvariantCulture)}, offset {offset.ToString("0.000", CultureInfo.InvariantCulture)}; threshold {cut.ToString("0.000", CultureInfo.InvariantCulture)} (calibrated probability)");
        PrintScores(output, [dev, devTest, tuning]);
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(output)));
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length} bytes) sha256 {hash} in {clock.Elapsed:mm\\:ss}");
        return 0;
    }

    private static bool TryParseArguments(string[] args, out string data, out string output, out string? cache)
    {
        data = Path.Combine("..", "shared", "training", "checkthat2024");
        output = Path.Combine("src", "ArticleReader.Ingestion", "Models", ClaimSpotter.FileName);
        cache = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--cache" when i + 1 < args.Length:
                    cache = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"training claims: unexpected argument {args[i]} ({Usage})");
                    return false;
            }
        }

        return true;
    }

    /// <summary>Trains every candidate and keeps the one with the best F1 on the development splits together.</summary>
    private static TrainedClaimModel Choose(Split train, Split dev, Split devTest, Split tuning, Stopwatch clock)
    {
        Candidate? best = null;
        foreach (var options in ClaimTrainer.Candidates)
        {
            var candidate = ClaimTrainer.Train(options, train, tuning);
            var (threshold, score) = BestThreshold(candidate.TuningLogits, tuning.Labels);
            var devF1 = ScoreAt(candidate.TuningLogits[..dev.Labels.Length], dev.Labels, threshold).F1;
            var devTestF1 = ScoreAt(candidate.TuningLogits[dev.Labels.Length..], devTest.Labels, threshold).F1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {options}: F1 {score.F1:0.000} (dev {devF1:0.000}, dev-test {devTestF1:0.000}) at logit {threshold:0.00}, log-loss {candidate.TuningLoss:0.0000}  ({clock.Elapsed:mm\\:ss})"));
            if (best is null || score.F1 > best.F1)
            {
                best = new Candidate(candidate, score.F1);
            }
        }

        return best!.Trained;
    }

    /// <summary>The saved model, read back as ingestion reads it, scored on each split.</summary>
    private static void PrintScores(string output, Split[] splits)
    {
        var reloaded = ClaimSpotter.Load(output);
        foreach (var split in splits)
        {
            var probabilities = split.Features(reloaded.Features).Select(reloaded.Probability).ToArray();
            var score = ScoreAt(probabilities, split.Labels, reloaded.Threshold);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{split.Name,-9} Yes: P {score.Precision:0.000} R {score.Recall:0.000} F1 {score.F1:0.000}  ({split.Labels.Count(l => l)} Yes of {split.Labels.Length})"));
            PrintReliability(probabilities, split.Labels);
        }
    }

    private static Split ReadSplit(string path, string name)
    {
        var file = CheckWorthinessFile.Read(path);
        foreach (var problem in file.Problems)
        {
            Console.Error.WriteLine($"training claims: {problem}");
        }

        Console.WriteLine($"{name}: {file.Sentences.Count} sentences, {file.Sentences.Count(s => s.CheckWorthy)} Yes, {file.Problems.Count} rows skipped");
        return new Split(name, file.Sentences);
    }

    /// <summary>Encodes every sentence exactly as ingestion does: its tokens from <see cref="EncoderInput"/>, then the shared encoder.</summary>
    private static void Encode(List<Split> splits, string? cachePath, Stopwatch clock)
    {
        var cache = cachePath is null ? new Dictionary<string, EncodedSentence>(StringComparer.Ordinal) : EncodingCache.Read(cachePath);
        const int Batch = 256;
        var all = splits.SelectMany(s => s.Sentences.Select(x => x.Text)).Distinct(StringComparer.Ordinal).Where(t => !cache.ContainsKey(t)).ToList();
        for (var start = 0; start < all.Count; start += Batch)
        {
            var texts = all.Skip(start).Take(Batch).ToList();
            var encoded = SentenceEncoder.Default.Encode([.. texts.Select(t => EncoderInput.Words(t, EncoderInput.Tokens(t, new TextSpan(0, t.Length))))]);
            for (var i = 0; i < texts.Count; i++)
            {
                // Only what the features read is kept: the sentence mean and the word vectors' maximum, as one "word".
                cache[texts[i]] = new EncodedSentence([ClaimFeatures.MaxPool(encoded[i].Words)], encoded[i].Mean);
            }

            if ((start / Batch) % 10 == 9 || start + Batch >= all.Count)
            {
                Console.WriteLine($"  encoded {Math.Min(start + Batch, all.Count)} of {all.Count} sentences ({clock.Elapsed:mm\\:ss})");
            }
        }

        if (cachePath is not null && all.Count > 0)
        {
            EncodingCache.Write(cachePath, cache);
        }

        foreach (var split in splits)
        {
            split.Encodings = [.. split.Sentences.Select(s => cache[s.Text])];
        }
    }

    /// <summary>The cut on <paramref name="scores"/> that maximizes the Yes F1 (ties: the higher cut).</summary>
    internal static (double Threshold, Score Score) BestThreshold(double[] scores, bool[] labels)
    {
        (double Threshold, Score Score)? best = null;
        foreach (var cut in scores.Distinct().Order())
        {
            var score = ScoreAt(scores, labels, cut);
            if (best is null || score.F1 >= best.Value.Score.F1)
            {
                best = (cut, score);
            }
        }

        return best ?? throw new ArgumentException("no scores to cut", nameof(scores));
    }

    internal static Score ScoreAt(double[] scores, bool[] labels, double threshold)
    {
        var score = default(Score);
        for (var i = 0; i < scores.Length; i++)
        {
            score += Score.Of(labels[i], scores[i] >= threshold);
        }

        return score;
    }

    /// <summary>A reliability table: in each band of predicted probability, how often the sentence really is a claim.</summary>
    private static void PrintReliability(double[] probabilities, bool[] labels)
    {
        const int Bands = 10;
        Console.WriteLine("    predicted   sentences  mean predicted  observed Yes");
        for (var b = 0; b < Bands; b++)
        {
            var members = Enumerable.Range(0, probabilities.Length)
                .Where(i => Math.Min((int)(probabilities[i] * Bands), Bands - 1) == b)
                .ToList();
            if (members.Count == 0)
            {
                continue;
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"    {b / (double)Bands:0.0}-{(b + 1) / (double)Bands:0.0}   {members.Count,9}  {members.Average(i => probabilities[i]),14:0.000}  {members.Average(i => labels[i] ? 1.0 : 0.0),12:0.000}"));
        }
    }

    private sealed record Candidate(TrainedClaimModel Trained, double F1);
}

/// <summary>One split of the data set with its encoder vectors.</summary>
internal sealed class Split(string name, IReadOnlyList<JudgedSentence> sentences)
{
    private readonly Dictionary<ClaimFeatureSet, float[][]> _features = [];

    public string Name { get; } = name;

    public IReadOnlyList<JudgedSentence> Sentences { get; } = sentences;

    public bool[] Labels { get; } = [.. sentences.Select(s => s.CheckWorthy)];

    public IReadOnlyList<EncodedSentence> Encodings { get; set; } = [];

    /// <summary>Each sentence's feature vector, computed by the same code as in ingestion.</summary>
    public float[][] Features(ClaimFeatureSet set)
    {
        if (!_features.TryGetValue(set, out var features))
        {
            features = _features[set] = [.. Sentences.Select((s, i) => ClaimFeatures.Of(s.Text, new TextSpan(0, s.Text.Length), Encodings[i], set))];
        }

        return features;
    }
}

/// <summary>
/// The encoder's output for training sentences, kept between runs so that trying a model does not re-encode: each
/// sentence's mean and its words' maximum (stored as its one word vector, whose maximum is itself).
/// </summary>
internal static class EncodingCache
{
    public static Dictionary<string, EncodedSentence> Read(string path)
    {
        var cache = new Dictionary<string, EncodedSentence>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return cache;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var text = reader.ReadString();
            var words = reader.ReadInt32();
            var vectors = Enumerable.Range(0, words).Select(_ => Vector(reader)).ToArray();
            cache[text] = new EncodedSentence(vectors, Vector(reader));
        }

        return cache;
    }

    public static void Write(string path, Dictionary<string, EncodedSentence> cache)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(cache.Count);
        foreach (var (text, encoded) in cache)
        {
            writer.Write(text);
            writer.Write(encoded.Words.Count);
            foreach (var vector in encoded.Words.Append(encoded.Mean))
            {
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }
        }
    }

    private static float[] Vector(BinaryReader reader)
    {
        var vector = new float[SentenceEncoder.Dimensions];
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] = reader.ReadSingle();
        }

        return vector;
    }
}
