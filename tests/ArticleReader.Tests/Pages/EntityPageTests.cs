using System.Net;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Pages;

public sealed class EntityPageTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Fact]
    public async Task Every_entity_page_shows_each_mention_in_its_sentence_with_a_source_link()
    {
        var client = factory.CreateClient();
        var article = await factory.WithDbAsync(db => db.Articles.Include(a => a.Entities).ThenInclude(e => e.Mentions).SingleAsync(a => a.Slug == HtmlPages.SeedSlug));

        foreach (var entity in article.Entities)
        {
            var (response, page) = await client.GetPageAsync($"{HtmlPages.SeedUrl}/entities/{entity.Key}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(entity.Name, page.QuerySelector("h1")!.TextContent);
            var items = page.QuerySelectorAll("ol.mention-list > li").ToList();
            Assert.Equal(entity.Mentions.Count, items.Count);
            foreach (var (item, mention) in items.Zip(entity.Mentions.OrderBy(m => m.Start)))
            {
                Assert.Equal(mention.Text, item.QuerySelector("blockquote mark")!.TextContent);
                var source = item.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("/source?char=", StringComparison.Ordinal));
                var (start, end) = HtmlPages.CharRange(source);
                Assert.Equal(mention.Text, article.SourceText[start..end]);
            }
        }
    }

    [Fact]
    public async Task An_entity_page_gives_description_and_external_links()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync($"{HtmlPages.SeedUrl}/entities/azerbaijan");

        Assert.StartsWith("Republic in the South Caucasus", page.QuerySelector("main .lead")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Place · ", page.QuerySelector("main .kicker")!.TextContent, StringComparison.Ordinal);
        var external = page.QuerySelectorAll(".external-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("https://en.wikipedia.org/wiki/Azerbaijan", external);
        Assert.Contains("https://www.wikidata.org/wiki/Q227", external);
    }

    [Fact]
    public async Task An_unknown_entity_is_a_404_page_that_links_back_to_the_article()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync($"{HtmlPages.SeedUrl}/entities/no-such-entity");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No such entity", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector($"main a[href='{HtmlPages.SeedUrl}']"));
    }
}
