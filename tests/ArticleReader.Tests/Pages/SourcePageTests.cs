using System.Net;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Pages;

public sealed class SourcePageTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string Url = HtmlPages.SeedUrl + "/source";

    private static readonly string Source = File.ReadAllText(RepositoryPaths.SeedArticle);

    [Fact]
    public async Task The_source_is_shown_verbatim_line_by_line()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = page.QuerySelectorAll("ol.source-lines > li").ToList();
        Assert.Equal(Source.Split('\n').Length - (Source.EndsWith('\n') ? 1 : 0), lines.Count);
        Assert.Equal(Source.TrimEnd('\n'), string.Join('\n', lines.Select(l => l.TextContent)));
        Assert.Equal("L1", lines[0].Id);
        Assert.Empty(page.QuerySelectorAll("mark"));
    }

    [Fact]
    public async Task A_char_range_is_highlighted_by_the_server_with_an_anchor_for_its_fragment()
    {
        var (start, end) = (Source.IndexOf("But year later", StringComparison.Ordinal), Source.IndexOf("ceasefire agreements.", StringComparison.Ordinal) + 21);

        var (response, page) = await factory.CreateClient().GetPageAsync($"{Url}?char={start},{end}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mark = Assert.Single(page.QuerySelectorAll("mark"));
        Assert.Equal("passage", mark.Id);
        Assert.Equal(Source[start..end], mark.TextContent);
        var anchor = page.GetElementById($"char={start},{end}");
        Assert.NotNull(anchor);
        Assert.Same(mark, anchor.NextElementSibling);
        Assert.NotNull(page.QuerySelector("a[href='#passage']"));
    }

    [Fact]
    public async Task A_passage_across_line_breaks_is_marked_on_every_line_it_covers()
    {
        var start = Source.IndexOf("And there is almost equal", StringComparison.Ordinal);
        var end = Source.IndexOf("so strongly articulated.", StringComparison.Ordinal) + 24;

        var (response, page) = await factory.CreateClient().GetPageAsync($"{Url}?char={start},{end}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var marks = page.QuerySelectorAll("mark").ToList();
        Assert.Equal(2, marks.Count);
        Assert.Equal("passage", marks[0].Id);
        Assert.Equal(Source[start..end].Replace("\n", string.Empty, StringComparison.Ordinal), string.Concat(marks.Select(m => m.TextContent)));
        Assert.NotSame(marks[0].ParentElement, marks[1].ParentElement);
    }

    [Theory]
    [InlineData("999,763", "empty or reversed")]
    [InlineData("0,999999", "is not inside the text")]
    [InlineData("20000,20001", "is not inside the text")]
    [InlineData("5,5", "empty or reversed")]
    [InlineData("abc", "is not a range")]
    [InlineData("1,2,3", "is not a range")]
    [InlineData("-1,5", "is not a range")]
    [InlineData("99999999999,5", "is not inside the text")]
    public async Task A_bad_range_is_a_400_page_that_says_why_and_still_shows_the_text(string range, string reason)
    {
        var (response, page) = await factory.CreateClient().GetPageAsync($"{Url}?char={Uri.EscapeDataString(range)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var notice = page.QuerySelector(".notice-error[role=alert]");
        Assert.NotNull(notice);
        Assert.Contains(reason, notice.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("mark"));
        Assert.NotEmpty(page.QuerySelectorAll("ol.source-lines > li"));
    }

    [Fact]
    public async Task An_empty_range_asks_for_no_highlight()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync($"{Url}?char=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("mark, .notice-error"));
    }

    [Fact]
    public async Task The_cached_page_varies_with_the_range()
    {
        var client = factory.CreateClient();

        var (_, first) = await client.GetPageAsync($"{Url}?char=0,8");
        var (_, second) = await client.GetPageAsync($"{Url}?char=9,20");

        Assert.Equal(Source[0..8], first.GetElementById("passage")!.TextContent);
        Assert.Equal(Source[9..20], second.GetElementById("passage")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_article_has_no_source()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/articles/no-such-article/source", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
