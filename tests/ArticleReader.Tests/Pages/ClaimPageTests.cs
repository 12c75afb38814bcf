using System.Net;
using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Pages;

public sealed class ClaimPageTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Fact]
    public async Task Every_claim_has_a_page_with_the_claim_highlighted_in_its_paragraph()
    {
        var client = factory.CreateClient();
        var claims = await LoadClaimsAsync();

        foreach (var claim in claims)
        {
            var (response, page) = await client.GetPageAsync($"{HtmlPages.SeedUrl}/claims/{claim.Key}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var mark = page.QuerySelector($"blockquote mark.claim#claim-{claim.Key}");
            Assert.NotNull(mark);
            Assert.Equal(claim.Text, mark.TextContent);
            Assert.Equal($"Claim {claim.Position + 1}", page.QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public async Task A_claim_page_links_to_its_source_passage_and_to_the_claim_in_the_article()
    {
        var claim = (await LoadClaimsAsync()).First(c => c.Hedges.Count > 0);
        var source = await factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == HtmlPages.SeedSlug).Select(a => a.SourceText).SingleAsync());

        var (_, page) = await factory.CreateClient().GetPageAsync($"{HtmlPages.SeedUrl}/claims/{claim.Key}");

        var hrefs = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).ToList();
        var sourceLink = Assert.Single(hrefs, h => h.Contains("/source?char=", StringComparison.Ordinal));
        var (start, end) = HtmlPages.CharRange(sourceLink);
        Assert.Equal(claim.Text, source[start..end]);
        Assert.Contains($"{HtmlPages.SeedUrl}#claim-{claim.Key}", hrefs);
        var directive = Assert.Single(hrefs, h => h.Contains(":~:text=", StringComparison.Ordinal));
        Assert.StartsWith($"{HtmlPages.SeedUrl}#claim-{claim.Key}:~:text=", directive, StringComparison.Ordinal);
        Assert.Contains(hrefs, h => h == $"{HtmlPages.SeedUrl}/claims/{claim.Key}");
        Assert.Contains(claim.Hedges[0].Text, page.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_page_has_absolute_open_graph_and_canonical_urls()
    {
        var claim = (await LoadClaimsAsync())[0];

        var (_, page) = await factory.CreateClient().GetPageAsync($"{HtmlPages.SeedUrl}/claims/{claim.Key}");

        string? Meta(string name) => page.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content");
        var expectedUrl = $"http://localhost{HtmlPages.SeedUrl}/claims/{claim.Key}";
        Assert.Equal(ArticleReader.Pages.Articles.ShareCard.Shorten(claim.Text), Meta("og:title"));
        Assert.Equal("article", Meta("og:type"));
        Assert.Equal(expectedUrl, Meta("og:url"));
        Assert.Equal("summary_large_image", Meta("twitter:card"));
        Assert.Equal(expectedUrl, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.True(Uri.TryCreate(Meta("og:url"), UriKind.Absolute, out _));
        var description = Meta("og:description")!;
        Assert.StartsWith("Military cooperation between Israel and Azerbaijan", description, StringComparison.Ordinal);
        Assert.EndsWith("A pragmatic partnership", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_claim_key_is_a_404_page_that_links_back_to_the_article()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync($"{HtmlPages.SeedUrl}/claims/zzzzzzzz");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No such claim", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector($"main a[href='{HtmlPages.SeedUrl}']"));
    }

    [Fact]
    public async Task A_claim_of_an_unknown_article_is_a_404()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/articles/no-such-article/claims/fcusrqiy", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<List<ClaimRecord>> LoadClaimsAsync() => factory.WithDbAsync(db =>
        (from claim in db.Claims.Include(c => c.Hedges)
         join article in db.Articles on claim.ArticleId equals article.Id
         where article.Slug == HtmlPages.SeedSlug
         orderby claim.Position
         select claim).ToListAsync());
}
