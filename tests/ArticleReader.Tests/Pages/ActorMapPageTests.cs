using System.Net;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Pages;

public sealed class ActorMapPageTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string ActorsUrl = HtmlPages.SeedUrl + "/actors";

    public static TheoryData<string, string, string> ExpectedRelations => new()
    {
        { "israel", "SoldWeaponsTo", "azerbaijan" },
        { "ilham-aliyev", "Visited", "iran" },
        { "armenia", "MemberOf", "collective-security-treaty-organization" },
        { "azerbaijan", "AlliedWith", "turkey" },
        { "iran", "HostileTo", "azerbaijan" },
    };

    [Theory]
    [MemberData(nameof(ExpectedRelations))]
    public async Task The_seed_actor_map_draws_the_relation_and_lists_it(string subject, string kind, string target)
    {
        var (response, page) = await factory.CreateClient().GetPageAsync(ActorsUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var selector = $"[data-subject='{subject}'][data-kind='{kind}'][data-object='{target}']";
        var edge = page.QuerySelector($"svg.actor-map g.edge{selector}");
        Assert.NotNull(edge);
        Assert.NotNull(edge.QuerySelector("path"));
        Assert.NotNull(page.QuerySelector($"svg.actor-map a.actor[data-key='{subject}']"));
        Assert.NotNull(page.QuerySelector($"svg.actor-map a.actor[data-key='{target}']"));
        var row = page.QuerySelector($"table.relations-table tr{selector}");
        Assert.NotNull(row);
        Assert.Contains(row.QuerySelectorAll("td")[1].TextContent, edge.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relations_read_in_words_and_directed_kinds_have_arrowheads()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(ActorsUrl);

        string Label(string kind) => page.QuerySelector($"g.edge[data-kind='{kind}'] text.edge-label")!.TextContent;
        Assert.Equal("sold weapons to", Label("SoldWeaponsTo"));
        Assert.Equal("visited", Label("Visited"));
        Assert.Equal("cooperates militarily with", Label("CooperatesMilitarilyWith"));
        Assert.Equal("member of", Label("MemberOf"));
        Assert.Equal("allied with", Label("AlliedWith"));
        Assert.Equal("hostile to", Label("HostileTo"));
        Assert.NotNull(page.QuerySelector("g.edge[data-kind='Visited'] path[marker-end]"));
        Assert.Null(page.QuerySelector("g.edge[data-kind='AlliedWith'] path[marker-end]"));
        Assert.NotNull(page.QuerySelector("svg.actor-map defs marker#arrow"));
    }

    [Fact]
    public async Task Every_edge_and_row_links_to_an_existing_claim()
    {
        var keys = await factory.WithDbAsync(db => db.Claims
            .Where(c => db.Articles.Any(a => a.Id == c.ArticleId && a.Slug == HtmlPages.SeedSlug))
            .Select(c => c.Key).ToListAsync());
        var (_, page) = await factory.CreateClient().GetPageAsync(ActorsUrl);

        var edges = page.QuerySelectorAll("svg.actor-map g.edge");
        Assert.NotEmpty(edges);
        foreach (var edge in edges)
        {
            var links = edge.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, href => Assert.Contains(ClaimKey(href), keys));
        }

        var rows = page.QuerySelectorAll("table.relations-table tbody tr");
        Assert.True(rows.Length >= edges.Length);
        Assert.All(rows, row => Assert.Contains(ClaimKey(row.QuerySelector("a[href*='#claim-']")!.GetAttribute("href")!), keys));
    }

    [Fact]
    public async Task The_map_is_a_labelled_drawing_with_the_table_as_its_equivalent()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(ActorsUrl);

        var svg = page.QuerySelector("svg.actor-map")!;
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Equal("title", page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.LocalName);
        Assert.Equal("desc", page.GetElementById(svg.GetAttribute("aria-describedby")!)!.LocalName);
        Assert.NotNull(page.QuerySelector("table.relations-table caption"));
        Assert.DoesNotContain(page.All, e => e.HasAttribute("style"));
    }

    [Fact]
    public async Task The_layout_is_the_same_on_every_render()
    {
        // Two separate apps, so the second render cannot come from the first one's output cache.
        using var other = new ReaderAppFactory();

        var first = await factory.CreateClient().GetStringAsync(new Uri(ActorsUrl, UriKind.Relative));
        var second = await other.CreateClient().GetStringAsync(new Uri(ActorsUrl, UriKind.Relative));

        Assert.Equal(TimelinePageTests.Svg(first), TimelinePageTests.Svg(second));
    }

    [Fact]
    public async Task An_unknown_article_has_no_actor_map()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/articles/no-such-article/actors", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string ClaimKey(string href)
    {
        Assert.StartsWith(HtmlPages.SeedUrl + "#claim-", href, StringComparison.Ordinal);
        return href[(href.IndexOf("#claim-", StringComparison.Ordinal) + 7)..];
    }
}
