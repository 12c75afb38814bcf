using ArticleReader.Ingestion.Formats;

namespace ArticleReader.Ingestion.Tests.Formats;

/// <summary>
/// Markdown sentences span their source, markup included: a sentence's text is the source as written, and its
/// reading text (<see cref="ParsedArticle.Reading"/>) is the prose without delimiters or link URLs.
/// </summary>
public sealed class MarkdownFormatTests
{
    private const string Treaty = """
        # The Treaty of Kars

        Both sides signed [the treaty](https://example.org) in 1921. It was *never* ratified by
        the successor states. Critics still cite [the treaty](https://example.org/kars.html)

        *This whole sentence is emphasized.* Its drafts are kept in [Armenia](https://en.wikipedia.org/wiki/Armenia) and
        in Georgia. The parties met at No\. 5 of the main street, **not** the town hall.
        """;

    private static readonly ParsedArticle Article = Parse(Treaty);

    [Fact]
    public void A_sentence_is_the_source_as_written_and_reads_without_its_markup()
    {
        Assert.Equal(
            [
                ("Both sides signed [the treaty](https://example.org) in 1921.", "Both sides signed the treaty in 1921."),
                ("It was *never* ratified by\nthe successor states.", "It was never ratified by the successor states."),
                ("Critics still cite [the treaty](https://example.org/kars.html)", "Critics still cite the treaty"),
                ("*This whole sentence is emphasized.*", "This whole sentence is emphasized."),
                ("Its drafts are kept in [Armenia](https://en.wikipedia.org/wiki/Armenia) and\nin Georgia.", "Its drafts are kept in Armenia and in Georgia."),
                (@"The parties met at No\. 5 of the main street, **not** the town hall.", "The parties met at No. 5 of the main street, not the town hall."),
            ],
            Article.Sentences.Select(s => (s.Text, Article.Reading.PlainText(s.Span))));
        FormatAssert.SpansSliceTheSource(Article);
    }

    [Fact]
    public void Emphasis_across_two_sentences_stays_out_of_both()
    {
        var article = Parse("# Title\n\nIt began. *The first talks failed. The second ones did not.* Then came the deal.\n");

        Assert.Equal(
            ["It began.", "The first talks failed.", "The second ones did not.", "Then came the deal."],
            article.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_link_url_neither_splits_a_sentence_nor_names_an_entity()
    {
        Assert.DoesNotContain(Article.Sentences, s => s.Text.EndsWith("example.", StringComparison.Ordinal));
        Assert.DoesNotContain("example", Article.Reading.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Article.Entities.Mentions, m => m.Text.Contains("http", StringComparison.Ordinal) || m.Text.Contains('['));
    }

    [Fact]
    public void A_name_inside_a_link_is_a_mention_of_the_name_alone()
    {
        var armenia = Assert.Single(Article.Entities.Mentions, m => m.EntityKey == "armenia");

        Assert.Equal("Armenia", armenia.Text);
        Assert.Equal('[', Article.Source[armenia.Span.Start - 1]);
    }

    [Fact]
    public void The_title_is_the_heading_text_without_its_marker()
    {
        Assert.Equal("The Treaty of Kars", Article.Header.Title?.Text);
        Assert.Equal("the-treaty-of-kars", Article.Slug);
    }

    [Fact]
    public void Without_a_level_two_heading_the_sections_are_found_automatically() =>
        Assert.All(Article.Sections, s => Assert.Equal(TitleSource.Automatic, s.TitleSource));

    [Fact]
    public void Paragraphs_before_the_first_heading_open_the_article_untitled()
    {
        var article = Parse("# Title\n\nAn opening paragraph.\n\n## First\n\nThe first section.\n\n### A detail\n\nMore of the first section.\n\n## Second\n\nThe second section.\n");

        Assert.Equal(
            [("", 1), ("First", 3), ("Second", 1)],
            article.Sections.Select(s => (s.Title, s.Paragraphs.Count)));
        Assert.Equal("A detail", article.Sections[1].Paragraphs[1].Text);
    }

    [Fact]
    public void Markdown_with_headings_but_no_paragraph_is_refused()
    {
        var error = Assert.Throws<IngestionException>(() => Parse("# Title\n\n## A section\n\n```\ncode only\n```\n"));

        Assert.Equal("the Markdown has no paragraph of article text", error.Message);
    }

    [Fact]
    public void Markdown_nested_past_the_parser_limit_is_refused()
    {
        var error = Assert.Throws<IngestionException>(() => Parse(new string('>', 2000) + " Deep in quotes."));

        Assert.StartsWith("the Markdown cannot be read: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kicker_above_the_title_is_left_out()
    {
        var article = Parse("*Analysis*\n\n# Rivers Run Dry\n\nBy Jane Doe\n\nThe rivers ran dry this summer.\n");

        Assert.Equal(("Rivers Run Dry", "Jane Doe"), (article.Header.Title?.Text, article.Header.Byline?.Text));
        Assert.Equal(["The rivers ran dry this summer."], article.Paragraphs.Select(p => p.Text));
    }

    private static ParsedArticle Parse(string source) => new IngestionPipeline().Parse(source, "treaty", format: ArticleFormat.Markdown);
}
