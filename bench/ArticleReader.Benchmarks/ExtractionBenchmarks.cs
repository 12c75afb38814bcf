using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Editorial;
using BenchmarkDotNet.Attributes;

namespace ArticleReader.Benchmarks;

/// <summary>
/// Everything ingestion does (structure, then entities, claims, relations and consistency flags, with the seed's
/// editorial glossary) on the seed and on articles 10× and 100× as long. Extraction costs the difference from
/// <see cref="IngestionBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IngestionPipeline _pipeline = new();
    private string _source = string.Empty;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new IngestionPipeline(new EditorialLibrary(Path.Combine(AppContext.BaseDirectory, "content")));
        _source = SyntheticArticles.Scaled(Scale);
    }

    [Benchmark]
    public ParsedArticle ParseAndExtract() => _pipeline.Parse(_source, "seed");
}
