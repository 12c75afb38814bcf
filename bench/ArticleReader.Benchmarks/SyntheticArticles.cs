using ArticleReader.Ingestion;

namespace ArticleReader.Benchmarks;

/// <summary>Articles 10× and 100× as long as the seed: its header, its body repeated, its closing matter once.</summary>
public static class SyntheticArticles
{
    public static string Seed { get; } = SourceDecoder.ReadFile(Path.Combine(AppContext.BaseDirectory, "seeds", "000_f4f73a9d6bd558de.txt"));

    public static string Scaled(int times)
    {
        if (times == 1)
        {
            return Seed;
        }

        var parsed = new IngestionPipeline().Parse(Seed, "seed");
        var body = parsed.Sections.Where(s => s.Kind == SectionKind.Body).SelectMany(s => s.Paragraphs).ToList();
        var header = Seed[..body[0].Span.Start];
        var closing = Seed[body[^1].Span.End..];
        var bodyText = Seed[body[0].Span.Start..body[^1].Span.End];
        return header + string.Join("\n\n", Enumerable.Repeat(bodyText, times)) + closing;
    }
}
