using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ArticleReader.Ingestion.Embeddings;
using ArticleReader.Ingestion.Entities.Tagging;
using ArticleReader.Ingestion.Evaluation;

namespace ArticleReader.Training;

/// <summary>Settings of one training run; the defaults are the ones chosen on CoNLL-2003 dev.</summary>
internal sealed record NerTrainingOptions
{
    public string Train { get; init; } = "../shared/training/conll2003/train.txt";

    public string Dev { get; init; } = "../shared/training/conll2003/dev.txt";

    public string Output { get; init; } = "src/ArticleReader.Ingestion/Models/ner.model";

    /// <summary>Where the encoder's vectors of the CoNLL files are kept between runs.</summary>
    public string Cache { get; init; } = Path.Combine(Path.GetTempPath(), "articlereader-ner-vectors");

    /// <summary>Passes over the training sentences; the pass that scores best on dev is kept.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Length of the encoder vector against sparse features of weight 1.</summary>
    public float DenseScale { get; init; } = 2f;

    /// <summary>Sparse features seen fewer times in training are left out: rare ones overfit and swell the file.</summary>
    public int MinFeatureCount { get; init; } = 2;

    public int Seed { get; init; } = 20031;
}

/// <summary>
/// Trains the named-entity tagger on CoNLL-2003 train with the averaged structured perceptron (Collins 2002),
/// scores every pass on dev, keeps the best and writes it with its sha256.
/// </summary>
internal static class NerTraining
{
    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    private sealed record Sentence(ulong[][] Features, float[][] Inputs, int[] Gold, List<TaggedSpan> GoldSpans);

    public static int Run(string[] args)
    {
        NerTrainingOptions options;
        try
        {
            options = Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"training ner: {e.Message}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var featureMaker = new TaggerFeatures(Ingestion.Entities.Gazetteer.Gazetteer.Default);
        var (trainDocuments, trainVectors) = Load(options.Train, options.Cache);
        var (devDocuments, devVectors) = Load(options.Dev, options.Cache);
        var trainFeatures = trainDocuments.SelectMany(d => featureMaker.Extract([.. d.Sentences.Select(s => s.Words)])).ToList();
        var devFeatures = devDocuments.SelectMany(d => featureMaker.Extract([.. d.Sentences.Select(s => s.Words)])).ToList();

        var index = FeatureIndex(trainFeatures, options.MinFeatureCount);
        var model = new NerModel(Types, SentenceEncoder.Dimensions, options.DenseScale, index);
        var train = Sentences(model, trainDocuments, trainFeatures, trainVectors);
        var dev = Sentences(model, devDocuments, devFeatures, devVectors);
        Console.WriteLine(FormattableString.Invariant($"{train.Count} training sentences, {dev.Count} dev sentences, {index.Count} sparse features ({clock.Elapsed.TotalSeconds:F0} s)"));

        var (best, bestEpoch) = BestPass(model, train, dev, options, clock);
        var final = Prune(best);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
        final.Save(options.Output);
        var saved = NerModel.Load(options.Output);
        Console.WriteLine($"kept epoch {bestEpoch}; dev scores of the saved model (CoNLL-2003 dev, exact spans):");
        foreach (var line in Score(saved, dev).Report())
        {
            Console.WriteLine("  " + line);
        }

        var bytes = File.ReadAllBytes(options.Output);
        Console.WriteLine(FormattableString.Invariant($"wrote {options.Output}: {bytes.Length / 1e6:F1} MB, {saved.Features.Count} sparse features, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}"));
        Console.WriteLine(FormattableString.Invariant($"trained in {clock.Elapsed.TotalMinutes:F1} min"));
        return 0;
    }

    /// <summary>Numbers the sparse features seen at least <paramref name="minCount"/> times, in the order of their hash.</summary>
    private static Dictionary<ulong, int> FeatureIndex(List<ulong[][]> trainFeatures, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var feature in trainFeatures.SelectMany(s => s).SelectMany(t => t))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }

        var index = new Dictionary<ulong, int>();
        foreach (var (feature, count) in counts.OrderBy(c => c.Key))
        {
            if (count >= minCount)
            {
                index.Add(feature, index.Count);
            }
        }

        return index;
    }

    /// <summary>Runs the passes in a seeded order and keeps the averaged model of the pass best on dev.</summary>
    private static (NerModel Best, int Epoch) BestPass(NerModel model, List<Sentence> train, List<Sentence> dev, NerTrainingOptions options, Stopwatch clock)
    {
        var trainer = new Perceptron(model);
        var random = new Random(options.Seed);
        NerModel? best = null;
        var bestF1 = -1.0;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var order = Enumerable.Range(0, train.Count).ToArray();
            random.Shuffle(order);
            var mistakes = order.Count(i => trainer.Learn(train[i].Features, train[i].Inputs, train[i].Gold));
            var averaged = trainer.Averaged();
            var scores = Score(averaged, dev);
            Console.WriteLine(FormattableString.Invariant($"epoch {epoch}: {mistakes} sentences wrong in training, dev micro F1 {scores.Micro.F1:F4} ({clock.Elapsed.TotalSeconds:F0} s)"));
            if (scores.Micro.F1 > bestF1)
            {
                (best, bestF1, bestEpoch) = (averaged, scores.Micro.F1, epoch);
            }
        }

        return (best!, bestEpoch);
    }

    private static NerTrainingOptions Parse(string[] args)
    {
        var options = new NerTrainingOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--train" => options with { Train = value },
                "--dev" => options with { Dev = value },
                "--out" => options with { Output = value },
                "--cache" => options with { Cache = value },
                "--epochs" => options with { Epochs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--dense-scale" => options with { DenseScale = float.Parse(value, CultureInfo.InvariantCulture) },
                "--min-count" => options with { MinFeatureCount = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
            i++;
        }

        foreach (var path in new[] { options.Train, options.Dev })
        {
            if (!File.Exists(path))
            {
                throw new ArgumentException($"no such file: {path}");
            }
        }

        return options;
    }

    private static (IReadOnlyList<ConllDocument> Documents, float[][][] Vectors) Load(string path, string cache)
    {
        var documents = ConllCorpus.ReadFile(path);
        return (documents, NerVectorCache.Load(path, [.. documents.SelectMany(d => d.Sentences)], cache));
    }

    private static List<Sentence> Sentences(NerModel model, IReadOnlyList<ConllDocument> documents, List<ulong[][]> features, float[][][] vectors)
    {
        var sentences = documents.SelectMany(d => d.Sentences).ToList();
        return [.. sentences.Select((s, i) =>
        {
            var spans = TagSpans.FromIob(s.Tags);
            return new Sentence(features[i], [.. vectors[i].Select(model.DenseInput)], TagSpans.ToBilou(spans, s.Words.Count, Types), spans);
        })];
    }

    private static NerScores Score(NerModel model, List<Sentence> sentences)
    {
        var scores = new NerScores();
        foreach (var sentence in sentences)
        {
            scores.Add(sentence.GoldSpans, TagSpans.FromBilou(model.Viterbi(model.Emissions(sentence.Features, sentence.Inputs)), Types));
        }

        return scores;
    }

    /// <summary>Leaves out sparse features whose weights all round to zero in half precision.</summary>
    private static NerModel Prune(NerModel model)
    {
        var kept = new Dictionary<ulong, int>();
        foreach (var (feature, index) in model.Features.OrderBy(f => f.Value))
        {
            if (Enumerable.Range(0, model.Tags).Any(t => (float)(Half)model.Sparse[(index * model.Tags) + t] != 0))
            {
                kept.Add(feature, kept.Count);
            }
        }

        var pruned = new NerModel(model.Types, model.Dimensions, model.DenseScale, kept);
        foreach (var (feature, index) in kept)
        {
            Array.Copy(model.Sparse, model.Features[feature] * model.Tags, pruned.Sparse, index * model.Tags, model.Tags);
        }

        model.Dense.CopyTo(pruned.Dense, 0);
        model.Transitions.CopyTo(pruned.Transitions, 0);
        model.Ends.CopyTo(pruned.Ends, 0);
        return pruned;
    }
}
