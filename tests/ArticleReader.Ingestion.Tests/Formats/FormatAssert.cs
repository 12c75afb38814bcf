namespace ArticleReader.Ingestion.Tests.Formats;

internal static class FormatAssert
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Golden", "Formats");

    /// <summary>Every span the article stores slices its source to the text stored beside it.</summary>
    public static void SpansSliceTheSource(ParsedArticle article)
    {
        var source = article.Source;
        foreach (var field in new[] { article.Header.Title, article.Header.Dateline, article.Header.Byline }.OfType<SourceField>())
        {
            Assert.Equal(field.Text, field.Span.Slice(source));
        }

        Assert.All(article.Header.Authors, a => Assert.Equal(a.Name, a.NameSpan.Slice(source)));
        Assert.All(article.Sections, s => Assert.All(s.Paragraphs, p => Assert.True(s.Span.Contains(p.Span), $"section {s.Title} {s.Span} holds {p.Span}")));
        Assert.All(article.Paragraphs, p =>
        {
            Assert.Equal(p.Text, p.Span.Slice(source));
            Assert.All(p.Sentences, s =>
            {
                Assert.Equal(s.Text, s.Span.Slice(source));
                Assert.True(p.Span.Contains(s.Span), $"paragraph {p.Span} holds sentence {s.Span}");
            });
        });
        Assert.All(article.Boilerplate, b => Assert.Equal(b.Text, b.Span.Slice(source)));
        Assert.All(article.Entities.Mentions, m => Assert.Equal(m.Text, m.Span.Slice(source)));
        Assert.All(article.Claims, c =>
        {
            Assert.Equal(c.Text, c.Span.Slice(source));
            Assert.Contains(article.Sentences, s => s.Span == c.Span);
            Assert.All(c.Hedges, h => Assert.Equal(h.Text, h.Span.Slice(source)));
        });
    }

    /// <summary>What a reader sees of a span, with white space and typography folded so that formats compare.</summary>
    public static string Plain(ParsedArticle article, TextSpan span) =>
        TextNormalizer.FoldTypography(article.Reading.PlainText(span), lowerCase: false);
}
