using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Entities;
using BenchmarkDotNet.Attributes;

namespace ArticleReader.Benchmarks;

/// <summary>Entity recognition and claim detection on the seed's sentences and on articles 10× and 100× as long.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly EntityRecognizer _recognizer = new();
    private readonly ClaimDetector _detector = new();
    private string _source = string.Empty;
    private List<TextSpan> _sentences = [];
    private List<(TextSpan Span, bool Biography)> _judged = [];

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parsed = new IngestionPipeline().Parse(SyntheticArticles.Scaled(Scale), "seed");
        _source = parsed.Source;
        _judged = [.. parsed.Sections.SelectMany(s => s.Paragraphs.SelectMany(p => p.Sentences).Select(x => (x.Span, s.Kind == SectionKind.AboutTheAuthors)))];
        _sentences = [.. _judged.Select(j => j.Span)];
    }

    [Benchmark]
    public IReadOnlyList<Claim> RecognizeEntitiesAndDetectClaims()
    {
        var entities = _recognizer.Recognize(_source, _sentences, Glossary.Empty);
        return _detector.Detect(_source, _judged, entities);
    }
}
