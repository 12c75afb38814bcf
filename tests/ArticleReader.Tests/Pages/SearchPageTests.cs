using System.Net;
using AngleSharp.Html.Parser;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Pages;

public sealed class SearchPageTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string Slug = "military-cooperation-between-israel-and-azerbaijan";

    [Fact]
    public async Task Results_have_marked_snippets_and_link_to_the_exact_passage()
    {
        var (status, page) = await SearchAsync("Dehqan");

        Assert.Equal(HttpStatusCode.OK, status);
        var hits = page.QuerySelectorAll(".search-hit");
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Equal("Dehqan", hit.QuerySelector(".search-snippet mark")?.TextContent));
        var claim = page.QuerySelector(".search-hit-claim h2 a")?.GetAttribute("href");
        Assert.StartsWith($"/articles/{Slug}/claims/", claim, StringComparison.Ordinal);

        var source = await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Slug == Slug).SourceText));
        foreach (var link in page.QuerySelectorAll(".search-hit a[href*='/source?char=']").Select(a => a.GetAttribute("href")!))
        {
            var range = link.Split("char=")[1].Split('#')[0].Split(',').Select(int.Parse).ToArray();
            Assert.Contains("Dehqan", source[range[0]..range[1]], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Phrases_and_prefixes_are_understood()
    {
        var (_, phrase) = await SearchAsync("\"military cooperation\"");
        var hits = phrase.QuerySelectorAll(".search-hit");
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Contains("military cooperation", hit.QuerySelector(".search-snippet")!.TextContent + " " + hit.QuerySelector("h2")!.TextContent, StringComparison.OrdinalIgnoreCase));

        var (_, prefix) = await SearchAsync("Karabak*");
        Assert.Contains(prefix.QuerySelectorAll(".search-snippet mark"), m => m.TextContent == "Karabakh");
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("AND OR")]
    [InlineData("(((")]
    public async Task Malformed_search_syntax_gets_a_plain_message_not_an_error_page(string query)
    {
        var (status, page) = await SearchAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("could not be understood", page.QuerySelector(".search-problem")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(query, page.QuerySelector("input#q")?.GetAttribute("value"));
    }

    [Fact]
    public async Task An_empty_search_shows_the_form_and_a_miss_says_so()
    {
        var (emptyStatus, empty) = await SearchAsync(string.Empty);
        Assert.Equal(HttpStatusCode.OK, emptyStatus);
        Assert.NotNull(empty.QuerySelector("form[role=search]"));

        var (_, miss) = await SearchAsync("zyxwvutsrq");
        Assert.Equal("Nothing found.", miss.QuerySelector(".search-count")?.TextContent);
    }

    private async Task<(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Page)> SearchAsync(string query)
    {
        var response = await factory.CreateClient().GetAsync(new Uri($"/search?q={Uri.EscapeDataString(query)}", UriKind.Relative));
        return (response.StatusCode, await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }
}
