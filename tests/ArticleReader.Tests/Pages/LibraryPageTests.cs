using AngleSharp.Html.Parser;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Pages;

public sealed class LibraryPageTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Fact]
    public async Task The_library_lists_the_seed_with_a_link_to_it()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var link = Assert.Single(page.QuerySelectorAll(".library-item h2 a"));
        Assert.Equal("/articles/military-cooperation-between-israel-and-azerbaijan", link.GetAttribute("href"));
        Assert.StartsWith("Military cooperation between Israel and Azerbaijan", link.TextContent, StringComparison.Ordinal);
        Assert.Equal("2017-02-02T10:14+04:00", page.QuerySelector(".library-item time")!.GetAttribute("datetime"));
        Assert.Contains("Heydar Mirza and Orkhan Sattarov", page.QuerySelector(".library-item .meta")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("One article to read, check and discuss", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_library_counts_sections_claims_and_named_entities()
    {
        // Named entities, as the reading page counts them: dates and quantities are values, not entities to look up.
        var counts = await factory.WithDbAsync(db => db.Articles
            .Select(a => new
            {
                Sections = a.Sections.Count,
                Claims = a.Claims.Count,
                Entities = a.Entities.Count(e => e.Type != Ingestion.Entities.EntityType.Date && e.Type != Ingestion.Entities.EntityType.Quantity),
            })
            .SingleAsync());

        var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            [$"{counts.Sections} sections", $"{counts.Claims} claims", $"{counts.Entities} entities"],
            page.QuerySelectorAll(".library-item .counts .count").Select(c => c.TextContent));
    }
}
