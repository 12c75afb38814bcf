using System.Diagnostics;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Consistency;
using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Embeddings;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Ingestion.Entities.Tagging;
using ArticleReader.Ingestion.Relations;
using ArticleReader.Ingestion.Sections;
using ArticleReader.Ingestion.Sentences;

namespace ArticleReader.Benchmarks;

/// <summary>
/// <c>throughput</c>: the seed ingested end to end with nothing cached (goal: at most 4 s), and WordPieces per second
/// of the encoder alone next to those of the tagger path (encoder, features, Viterbi), each the median of a few runs.
/// </summary>
public static class TaggerThroughput
{
    /// <summary>Runs of each measure; the median is printed.</summary>
    private const int Runs = 5;

    public static int Run()
    {
        var content = new EditorialLibrary(Path.Combine(AppContext.BaseDirectory, "content"));
        var seed = SyntheticArticles.Seed;
        var structure = new IngestionPipeline().ParseStructure(seed, "seed");
        var sentences = structure.Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).Select(s => s.Span).ToList();
        var words = sentences.Select(s => EncoderInput.Words(seed, EncoderInput.Tokens(seed, s))).ToList();

        // Uncached encoders: every run encodes every sentence, as the first ingest of an article does.
        var noCache = new SentenceEncoderOptions { CachedSentences = 0 };
        using var encoder = new SentenceEncoder(noCache);
        var pieces = words.Sum(w => w.Sum(x => encoder.Pieces(x).Count) + 2);
        var tagger = NamedEntityTagger.Default;

        var firstStart = Stopwatch.GetTimestamp();
        using var coldEncoder = new SentenceEncoder(noCache);
        var pipeline = new IngestionPipeline(new SentenceSplitter(), new SectionSegmenter(), new SectionTitler(), new EntityRecognizer(), new ClaimDetector(), new ConsistencyChecker(), new RelationExtractor(), coldEncoder, content);
        pipeline.Parse(seed, "seed");
        var first = Stopwatch.GetElapsedTime(firstStart);

        var endToEnd = Median(() => pipeline.Parse(seed, "seed"));
        var encoderOnly = Median(() => encoder.Encode(words));
        var taggerPath = Median(() => tagger.Tag(words, encoder.Encode(words)));
        var encodings = encoder.Encode(words);
        var taggerAlone = Median(() => tagger.Tag(words, encodings));

        Console.WriteLine(FormattableString.Invariant($"seed: {sentences.Count} sentences, {words.Sum(w => w.Count)} tokens, {pieces} WordPieces ([CLS] and [SEP] included)"));
        Console.WriteLine(FormattableString.Invariant($"seed ingested end to end, nothing cached: first {first.TotalSeconds:F2} s (loading the models included), then median {endToEnd.TotalSeconds:F2} s (goal <= 4 s)"));
        Console.WriteLine(FormattableString.Invariant($"encoder alone:            {pieces / encoderOnly.TotalSeconds,8:F0} WordPieces/s ({encoderOnly.TotalMilliseconds:F0} ms)"));
        Console.WriteLine(FormattableString.Invariant($"tagger path (encoder+tag): {pieces / taggerPath.TotalSeconds,8:F0} WordPieces/s ({taggerPath.TotalMilliseconds:F0} ms)"));
        Console.WriteLine(FormattableString.Invariant($"tagger on given vectors:  {pieces / taggerAlone.TotalSeconds,8:F0} WordPieces/s ({taggerAlone.TotalMilliseconds:F0} ms)"));
        return 0;
    }

    private static TimeSpan Median(Action action)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times.Add(Stopwatch.GetElapsedTime(start));
        }

        return times.Order().ElementAt(Runs / 2);
    }
}
