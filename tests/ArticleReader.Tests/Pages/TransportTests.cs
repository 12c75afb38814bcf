using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Pages;

public sealed class TransportTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_style_sheets_scripts_and_json_are_compressed(string encoding)
    {
        var client = factory.CreateClient();
        var (_, page) = await client.GetPageAsync(HtmlPages.SeedUrl);
        var urls = new[]
        {
            HtmlPages.SeedUrl,
            page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!,
            page.QuerySelector("script[src]")!.GetAttribute("src")!,
            "/api/articles/" + HtmlPages.SeedSlug,
        };

        foreach (var url in urls)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            var response = await client.SendAsync(request);

            response.EnsureSuccessStatusCode();
            Assert.True(response.Content.Headers.ContentEncoding.Contains(encoding), $"{url} was not sent with {encoding}");
        }
    }

    [Fact]
    public async Task Cached_pages_are_served_until_an_ingest_evicts_them()
    {
        var client = factory.CreateClient();
        var (_, before) = await client.GetPageAsync("/");
        Assert.Single(before.QuerySelectorAll(".library-item"));

        // A row written behind the app's back does not show: the library comes from the cache.
        await factory.WithDbAsync(async db =>
        {
            db.Articles.Add(new Article { Slug = "written-behind", Revision = 1, SourceText = "x", Sha256 = new string('0', 64), Title = "Written behind" });
            db.Listings.Add(new ArticleListing { Slug = "written-behind", Visibility = ArticleVisibility.Public });
            return await db.SaveChangesAsync();
        });
        var (_, cached) = await client.GetPageAsync("/");
        Assert.Single(cached.QuerySelectorAll(".library-item"));

        // Ingesting through the app evicts the library and the article's pages.
        await factory.IngestAsync(_temp.File("short.txt", "A short article\n\nIt has one paragraph, in which Iran is named.\n"), "short-article");
        var (_, after) = await client.GetPageAsync("/");
        Assert.Equal(3, after.QuerySelectorAll(".library-item").Length);
    }
}
