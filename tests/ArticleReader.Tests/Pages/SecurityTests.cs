using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Pages;

public sealed class SecurityTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>, IDisposable
{
    private const string HostileSlug = "hostile";

    private const string HostileArticle = """
        <script>alert(1)</script> and " onmouseover="x: a title

        2 February 2017 10:14 (UTC+04:00)

        By  <img src=x onerror=alert(1)>

        The minister said "<script>alert(1)</script>" in Baku on 2 April 2016, while " onmouseover="x stayed in the text. Iran reportedly sold 20 tanks to Azerbaijan in 2015.

        A second paragraph with <b>bold</b> & <a href="javascript:alert(1)">a link</a> ' onfocus='x.

        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData(HtmlPages.SeedUrl)]
    [InlineData(HtmlPages.SeedUrl + "/source?char=0,10")]
    [InlineData(HtmlPages.SeedUrl + "/source?char=10,0")]
    [InlineData(HtmlPages.SeedUrl + "/claims/fcusrqiy")]
    [InlineData(HtmlPages.SeedUrl + "/entities/iran")]
    [InlineData(HtmlPages.SeedUrl + "/timeline")]
    [InlineData(HtmlPages.SeedUrl + "/actors")]
    [InlineData(HtmlPages.SeedUrl + "/flags/asxo3vtb")]
    [InlineData("/articles/no-such-article")]
    [InlineData("/api/articles")]
    [InlineData("/css/site.css")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
            Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Hostile_article_text_is_shown_as_text_on_every_page()
    {
        await factory.IngestAsync(_temp.File("hostile.txt", HostileArticle), HostileSlug);
        var article = await factory.WithDbAsync(db => db.Articles.Include(a => a.Claims).Include(a => a.Entities).SingleAsync(a => a.Slug == HostileSlug));
        Assert.Contains("<script>", article.Title, StringComparison.Ordinal);
        var urls = new List<string> { "/", $"/articles/{HostileSlug}", $"/articles/{HostileSlug}/source", $"/articles/{HostileSlug}/source?char=0,30", $"/articles/{HostileSlug}/timeline", $"/articles/{HostileSlug}/actors" };
        urls.AddRange(article.Claims.Select(c => $"/articles/{HostileSlug}/claims/{c.Key}"));
        urls.AddRange(article.Entities.Select(e => $"/articles/{HostileSlug}/entities/{e.Key}"));
        var client = factory.CreateClient();

        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            var page = await new HtmlParser().ParseDocumentAsync(html);

            Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/js/", s.GetAttribute("src"), StringComparison.Ordinal));
            Assert.Empty(page.QuerySelectorAll("img"));
            Assert.DoesNotContain(page.QuerySelectorAll("b"), b => b.TextContent == "bold");
            Assert.DoesNotContain(page.All, HasEventHandler);
            Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        }

        var (_, reading) = await client.GetPageAsync($"/articles/{HostileSlug}");
        Assert.Equal(article.Title, reading.QuerySelector("h1")!.TextContent);
        Assert.Contains("\" onmouseover=\"x stayed", reading.QuerySelector("#p-0")!.TextContent, StringComparison.Ordinal);
    }

    private static bool HasEventHandler(IElement element) =>
        element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
}
