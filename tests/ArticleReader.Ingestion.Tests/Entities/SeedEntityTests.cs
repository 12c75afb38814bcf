using ArticleReader.Ingestion.Entities.Quantities;
using ArticleReader.Ingestion.Entities.Temporal;

namespace ArticleReader.Ingestion.Tests.Entities;

/// <summary>
/// Pins every date and quantity of the seed article's body and author notes (not its title, dateline or byline)
/// against <c>Golden/Temporal/seed.expected.txt</c> and <c>Golden/Quantities/seed.expected.txt</c>.
/// </summary>
public sealed class SeedEntityTests
{
    internal static readonly ParsedArticle Seed = new IngestionPipeline().Parse(
        SourceDecoder.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "000_f4f73a9d6bd558de.txt"))), "seed");

    [Fact]
    public void SeedDatesMatchTheGoldenFile()
    {
        var sentences = Seed.Sentences.Select(s => s.Span).ToList();

        var expressions = new TimeExpressionRecognizer().Recognize(Seed.Source, sentences, Seed.Header.Published);

        Assert.Equal(Golden("Temporal"), expressions.Select(e => EntityFormat.Describe(Seed.Source, e)));
    }

    [Fact]
    public void SeedQuantitiesMatchTheGoldenFile()
    {
        var recognizer = new QuantityRecognizer();

        var quantities = Seed.Sentences.SelectMany(s => recognizer.Recognize(Seed.Source, s.Span));

        Assert.Equal(Golden("Quantities"), quantities.Select(EntityFormat.Describe));
    }

    private static string[] Golden(string kind) =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", kind, "seed.expected.txt")).Where(line => line.Length > 0)];
}
