using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Editorial;
using BenchmarkDotNet.Attributes;

namespace ArticleReader.Benchmarks;

/// <summary>
/// Entity recognition and claim detection (with the seed's editorial glossary) on the seed and on articles 10× and
/// 100× as long, whose structure is parsed beforehand.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IngestionPipeline _pipeline = new();
    private ParsedArticle _structure = null!;
    private Glossary _glossary = Glossary.Empty;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var library = new EditorialLibrary(Path.Combine(AppContext.BaseDirectory, "content"));
        _pipeline = new IngestionPipeline(library);
        _structure = _pipeline.ParseStructure(SyntheticArticles.Scaled(Scale), "seed");
        _glossary = library.Load(_structure.Slug).Glossary;
    }

    [Benchmark]
    public ParsedArticle RecognizeEntitiesAndDetectClaims() => _pipeline.Extract(_structure, _glossary);
}
