using System.Diagnostics;
using ArticleReader.Ingestion.Formats;

namespace ArticleReader.Ingestion.Tests.Limits;

/// <summary>Articles past the limits of <see cref="IngestionLimits"/> are refused with a message, before the costly stages.</summary>
public sealed class IngestionLimitTests
{
    [Fact]
    public void Twenty_thousand_nested_divs_are_refused_with_the_nesting_limit_in_the_message()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>";
        var clock = Stopwatch.StartNew();

        var refused = Assert.Throws<IngestionException>(() => HtmlLayoutReader.Instance.Read(html));

        Assert.Equal($"the HTML nests elements more than {IngestionLimits.Default.MaxHtmlNesting} deep; articles may nest at most {IngestionLimits.Default.MaxHtmlNesting}", refused.Message);
        // Not a timing goal (bench/ has those): the figure is printed for the report.
        Console.WriteLine($"20,000 nested divs refused in {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = IngestionLimits.Default.MaxHtmlNesting - 4;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep but allowed text.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var layout = HtmlLayoutReader.Instance.Read(html);

        Assert.Contains("Deep but allowed text.", layout.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_more_paragraphs_than_allowed_is_refused_before_extraction()
    {
        var limits = new IngestionLimits { MaxParagraphs = 10 };
        var pipeline = Pipeline(limits);
        var text = "A title\n\n" + string.Join("\n\n", Enumerable.Range(1, 11).Select(i => $"Paragraph number {i} says one thing."));

        var refused = Assert.Throws<IngestionException>(() => pipeline.Parse(text, "limits"));

        Assert.Equal("the article has 11 paragraphs; articles may have at most 10", refused.Message);
    }

    [Fact]
    public void An_article_with_more_sentences_than_allowed_is_refused_before_extraction()
    {
        var limits = new IngestionLimits { MaxSentences = 5 };
        var pipeline = Pipeline(limits);
        var text = "A title\n\n" + string.Join(' ', Enumerable.Range(1, 6).Select(i => $"Sentence number {i} says one thing."));

        var refused = Assert.Throws<IngestionException>(() => pipeline.ParseStructure(text, "limits"));

        Assert.Equal("the article has 6 sentences; articles may have at most 5", refused.Message);
    }

    private static IngestionPipeline Pipeline(IngestionLimits limits) => new(
        new global::ArticleReader.Ingestion.Sentences.SentenceSplitter(),
        new global::ArticleReader.Ingestion.Sections.SectionSegmenter(),
        new global::ArticleReader.Ingestion.Sections.SectionTitler(),
        new global::ArticleReader.Ingestion.Entities.EntityRecognizer(),
        new global::ArticleReader.Ingestion.Claims.ClaimDetector(),
        new global::ArticleReader.Ingestion.Consistency.ConsistencyChecker(),
        new global::ArticleReader.Ingestion.Relations.RelationExtractor(),
        global::ArticleReader.Ingestion.Embeddings.SentenceEncoder.Default,
        limits: limits);
}
