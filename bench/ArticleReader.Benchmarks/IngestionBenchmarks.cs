using ArticleReader.Ingestion;
using BenchmarkDotNet.Attributes;

namespace ArticleReader.Benchmarks;

/// <summary>Parsing and segmentation (header, paragraphs, sentences, sections and their titles) of the seed and of articles 10× and 100× as long.</summary>
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    private readonly IngestionPipeline _pipeline = new();
    private string _source = string.Empty;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _source = SyntheticArticles.Scaled(Scale);

    [Benchmark]
    public ParsedArticle ParseAndSegment() => _pipeline.ParseStructure(_source, "seed");
}
