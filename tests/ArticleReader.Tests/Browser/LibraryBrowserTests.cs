using Xunit.Abstractions;

namespace ArticleReader.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LibraryBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private readonly TestArtifacts _artifacts = new(output);

    [BrowserFact]
    public async Task The_library_shows_the_seed_with_a_link_to_its_reading_page()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await SeedArticle.OpenAsync(page, "/", _artifacts, "library");

        var link = page.Locator($".library-item h2 a[href='{SeedArticle.ReadingPath}']");
        Assert.Equal(1, await link.CountAsync());
        Assert.True(await link.IsVisibleAsync());
        Assert.StartsWith("Military cooperation between Israel and Azerbaijan", await link.InnerTextAsync(), StringComparison.Ordinal);

        // The stylesheet is served by the real server, so the screenshots show the page as readers see it.
        var styled = await page.EvaluateAsync<bool>(
            "() => [...document.styleSheets].some(s => (s.href || '').includes('/css/site') && s.cssRules.length > 0)");
        Assert.True(styled, "site.css did not load");
    }
}
