using System.Globalization;
using System.Net;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Pages;

public sealed class TimelinePageTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string TimelineUrl = HtmlPages.SeedUrl + "/timeline";

    [Fact]
    public async Task The_seed_timeline_lists_its_dates_in_chronological_order()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync(TimelineUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var values = page.QuerySelectorAll("table.timeline-table tbody tr").Select(r => r.GetAttribute("data-value")!).ToList();
        Assert.True(values.Count >= 15, $"only {values.Count} dates");
        Assert.StartsWith("1988", values[0], StringComparison.Ordinal);
        var starts = values.Select(v => v[..4]).Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(starts.Order(), starts);

        int Row(string value) => values.IndexOf(value);
        Assert.True(Row("2009") < Row("2014-04"), "2009 after April 2014");
        Assert.True(Row("2008-08") < Row("2014-04"), "August 2008 after April 2014");
        Assert.True(Row("2015-10") < Row("2016-04-02/2016-04-05"), "April 2016 before October 2015");
        Assert.True(Row("2015-04") < Row("2016-08"), "August 2016 before April 2015");

        // The SVG numbers its marks in the table's order.
        var marks = page.QuerySelectorAll("svg.timeline-chart a.tl-item").Select(a => a.GetAttribute("data-value")!).ToList();
        Assert.Equal(values, marks);
    }

    [Fact]
    public async Task Ranges_are_drawn_as_spans_with_their_start_and_end()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(TimelineUrl);

        var spans = page.QuerySelectorAll("svg.timeline-chart rect.tl-span")
            .Select(r => (r.GetAttribute("data-start"), r.GetAttribute("data-end")))
            .ToList();
        Assert.Contains(("1988-01-01", "1994-12-31"), spans);
        Assert.Contains(("2016-04-02", "2016-04-05"), spans);
        Assert.Contains(("2007-01-01", "2017-12-31"), spans);
        var ranges = page.QuerySelectorAll("table.timeline-table tbody tr").Count(r => r.GetAttribute("data-value")!.Contains('/', StringComparison.Ordinal));
        Assert.Equal(ranges, spans.Count);
        Assert.DoesNotContain(page.QuerySelectorAll("svg.timeline-chart circle.tl-point"), c => c.ParentElement!.GetAttribute("data-value")!.Contains('/', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Relative_dates_are_marked_with_what_they_were_resolved_against()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(TimelineUrl);

        var relative = page.QuerySelectorAll("svg.timeline-chart a.tl-relative").Select(a => a.GetAttribute("data-value")).ToList();
        Assert.Contains("2016", relative);
        Assert.Contains("2017-04", relative);
        Assert.Contains("2016-04-19/2016-05-10", relative);
        var yearLater = page.QuerySelectorAll("table.timeline-table tr.relative").Single(r => r.TextContent.Contains("year later", StringComparison.Ordinal));
        Assert.Contains("resolved against “April 2015”", yearLater.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("table.timeline-table tbody tr:not(.relative)"), r => r.TextContent.Contains("relative,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_mark_links_to_a_claim_or_sentence_of_the_article()
    {
        var client = factory.CreateClient();
        var (_, page) = await client.GetPageAsync(TimelineUrl);
        var (_, reading) = await client.GetPageAsync(HtmlPages.SeedUrl);

        var svg = page.QuerySelector("svg.timeline-chart")!;
        // A labelled group, not role="img": an image's children are presentational, which would hide the links.
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Equal("title", page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.LocalName);
        Assert.Equal("desc", page.GetElementById(svg.GetAttribute("aria-describedby")!)!.LocalName);
        var hrefs = svg.QuerySelectorAll("a.tl-item").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href =>
        {
            Assert.StartsWith(HtmlPages.SeedUrl + "#", href, StringComparison.Ordinal);
            Assert.NotNull(reading.GetElementById(href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]));
        });
        Assert.Contains(hrefs, h => h.Contains("#claim-", StringComparison.Ordinal));
        Assert.NotEmpty(svg.QuerySelectorAll("a.tl-context"));
    }

    [Fact]
    public async Task The_layout_is_the_same_on_every_render()
    {
        // Two separate apps, so the second render cannot come from the first one's output cache.
        using var other = new ReaderAppFactory();

        var first = await factory.CreateClient().GetStringAsync(new Uri(TimelineUrl, UriKind.Relative));
        var second = await other.CreateClient().GetStringAsync(new Uri(TimelineUrl, UriKind.Relative));

        Assert.Equal(Svg(first), Svg(second));
    }

    [Fact]
    public async Task An_unknown_article_has_no_timeline()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/articles/no-such-article/timeline", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static string Svg(string html) => html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
}
