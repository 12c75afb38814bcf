using ArticleReader.Ingestion.Entities;
using ArticleReader.Ingestion.Formats;

namespace ArticleReader.Ingestion.Tests.Formats;

/// <summary>
/// <c>Golden/Formats/kura-talks.*</c> is one article written as plain text, Markdown and HTML: each format must read
/// the same header, paragraphs, sentences and closing matter, while every span points into its own source.
/// </summary>
public sealed class CrossFormatTests
{
    private static readonly ParsedArticle PlainText = Parse("kura-talks.txt");

    public static TheoryData<string> MarkedUp() => new("kura-talks.md", "kura-talks.html");

    public static TheoryData<string> AllFormats() => new("kura-talks.txt", "kura-talks.md", "kura-talks.html");

    [Theory]
    [MemberData(nameof(AllFormats))]
    public void Every_span_slices_the_source_to_its_text(string file) => FormatAssert.SpansSliceTheSource(Parse(file));

    [Theory]
    [MemberData(nameof(MarkedUp))]
    public void The_header_is_the_same_as_in_plain_text(string file)
    {
        var article = Parse(file);

        Assert.Equal(Header(PlainText), Header(article));
        Assert.Equal(PlainText.Header.Published, article.Header.Published);
        Assert.Equal(PlainText.Header.Authors.Select(a => a.Name), article.Header.Authors.Select(a => a.Name));
        Assert.Equal(PlainText.Slug, article.Slug);
    }

    [Theory]
    [MemberData(nameof(MarkedUp))]
    public void Paragraphs_and_sentences_read_the_same_as_in_plain_text(string file)
    {
        var article = Parse(file);

        Assert.Equal(Paragraphs(PlainText), Paragraphs(article));
        Assert.Equal(PlainText.Sentences.Count(), article.Sentences.Count());
        Assert.Equal(Sentences(PlainText), Sentences(article));
        Assert.Equal(
            PlainText.Boilerplate.Select(b => (b.Kind, FormatAssert.Plain(PlainText, b.Span))),
            article.Boilerplate.Select(b => (b.Kind, FormatAssert.Plain(article, b.Span))));
    }

    [Theory]
    [MemberData(nameof(MarkedUp))]
    public void Headings_make_the_sections(string file)
    {
        var article = Parse(file);

        Assert.Equal(
            [
                ("A long pause ends", TitleSource.Source, SectionKind.Body, 2),
                ("What is at stake", TitleSource.Source, SectionKind.Body, 2),
                ("Next steps", TitleSource.Source, SectionKind.Body, 2),
                ("About the author", TitleSource.Source, SectionKind.AboutTheAuthors, 1),
            ],
            article.Sections.Select(s => (s.Title, s.TitleSource, s.Kind, s.Paragraphs.Count)));
        Assert.All(article.Sections, s => Assert.StartsWith(s.Title, s.Span.Slice(article.Source), StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_text_without_headings_is_still_segmented_automatically() =>
        Assert.All(PlainText.Sections.Where(s => s.Kind == SectionKind.Body), s => Assert.Equal(TitleSource.Automatic, s.TitleSource));

    [Theory]
    [MemberData(nameof(MarkedUp))]
    public void Entities_and_claims_are_found_in_the_prose_not_the_markup(string file)
    {
        var article = Parse(file);

        Assert.Equal(Mentions(PlainText), Mentions(article));
        Assert.Equal(PlainText.Claims.Select(c => (c.Key, c.Kind)), article.Claims.Select(c => (c.Key, c.Kind)));
    }

    [Fact]
    public void Html_with_crlf_line_endings_reads_alike_with_offsets_into_the_crlf_text()
    {
        var crlf = File.ReadAllText(Path.Combine(FormatAssert.Directory, "kura-talks.html")).ReplaceLineEndings("\r\n");

        var article = new IngestionPipeline().Parse(crlf, "kura-talks", format: ArticleFormat.Html);

        FormatAssert.SpansSliceTheSource(article);
        Assert.Equal(Sentences(PlainText), Sentences(article));
    }

    [Fact]
    public void Markdown_with_crlf_line_endings_reads_alike_with_offsets_into_the_crlf_text()
    {
        var crlf = File.ReadAllText(Path.Combine(FormatAssert.Directory, "kura-talks.md")).ReplaceLineEndings("\r\n");

        var article = new IngestionPipeline().Parse(crlf, "kura-talks", format: ArticleFormat.Markdown);

        FormatAssert.SpansSliceTheSource(article);
        Assert.Equal(Sentences(PlainText), Sentences(article));
    }

    [Theory]
    [InlineData("article.txt", ArticleFormat.PlainText)]
    [InlineData("seeds/000_f4f73a9d6bd558de.txt", ArticleFormat.PlainText)]
    [InlineData("article", ArticleFormat.PlainText)]
    [InlineData("article.md", ArticleFormat.Markdown)]
    [InlineData("Article.MARKDOWN", ArticleFormat.Markdown)]
    [InlineData("article.html", ArticleFormat.Html)]
    [InlineData("/srv/seeds/article.HTM", ArticleFormat.Html)]
    public void The_extension_names_the_format(string path, ArticleFormat format) =>
        Assert.Equal(format, ArticleFormats.FromExtension(path));

    private static ParsedArticle Parse(string file)
    {
        var path = Path.Combine(FormatAssert.Directory, file);
        return new IngestionPipeline().Parse(File.ReadAllText(path), "kura-talks", format: ArticleFormats.FromExtension(path));
    }

    private static string[] Header(ParsedArticle article) =>
        [.. new[] { article.Header.Title, article.Header.Dateline, article.Header.Byline }.Select(f => f is null ? "(none)" : FormatAssert.Plain(article, f.Span))];

    private static IEnumerable<string> Paragraphs(ParsedArticle article) => article.Paragraphs.Select(p => FormatAssert.Plain(article, p.Span));

    private static IEnumerable<string> Sentences(ParsedArticle article) => article.Sentences.Select(s => FormatAssert.Plain(article, s.Span));

    private static IEnumerable<(EntityType, string)> Mentions(ParsedArticle article) =>
        article.Entities.Mentions.Select(m => (m.Type, FormatAssert.Plain(article, m.Span)));
}
