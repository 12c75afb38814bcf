using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ArticleReader.Tests.Browser;

/// <summary>The timeline, the actor map and the flags as a reader sees them; screenshots are kept as test artifacts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private readonly TestArtifacts _artifacts = new(output);

    [BrowserFact]
    public async Task The_timeline_draws_its_dates_and_a_mark_leads_to_its_claim()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();

        await SeedArticle.OpenAsync(page, SeedArticle.ReadingPath + "/timeline", _artifacts, "timeline");

        var chart = page.Locator("svg.timeline-chart");
        Assert.True(await chart.IsVisibleAsync(), "the timeline SVG is not visible");
        var box = (await chart.BoundingBoxAsync())!;
        Assert.True(box.Width > 600, $"the timeline is only {box.Width} px wide");
        await chart.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(TestArtifacts.Folder, "timeline-chart.png") });
        output.WriteLine($"screenshot: {Path.Combine(TestArtifacts.Folder, "timeline-chart.png")}");

        var mark = page.Locator("a.tl-item[href*='#claim-']").First;
        var href = (await mark.GetAttributeAsync("href"))!;
        // The link's box reaches up to the axis along its guide line; its mark is what a reader clicks.
        await mark.Locator(".tl-span, .tl-point").ClickAsync();
        await page.WaitForPageAsync(url => url.EndsWith(href, StringComparison.Ordinal));
        Assert.Equal(href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..], await page.EvaluateAsync<string>("() => document.querySelector(':target')?.id ?? ''"));
    }

    [BrowserFact]
    public async Task The_actor_map_draws_every_actor_inside_the_picture()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();

        await SeedArticle.OpenAsync(page, SeedArticle.ReadingPath + "/actors", _artifacts, "actors");

        var chart = page.Locator("svg.actor-map");
        var box = (await chart.BoundingBoxAsync())!;
        Assert.True(box.Width > 600, $"the actor map is only {box.Width} px wide");
        await chart.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(TestArtifacts.Folder, "actors-chart.png") });
        output.WriteLine($"screenshot: {Path.Combine(TestArtifacts.Folder, "actors-chart.png")}");

        var labels = page.Locator("svg.actor-map text.actor-label");
        Assert.True(await labels.CountAsync() >= 5);
        for (var i = 0; i < await labels.CountAsync(); i++)
        {
            var label = (await labels.Nth(i).BoundingBoxAsync())!;
            Assert.True(label.X >= box.X - 1 && label.X + label.Width <= box.X + box.Width + 1, $"label {i} sticks out of the map");
        }
    }

    [BrowserFact]
    public async Task A_flag_is_marked_in_the_reading_page_and_its_note_shows_on_wide_screens()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();

        await SeedArticle.OpenAsync(page, SeedArticle.ReadingPath + "?layers=flags,notes");
        var mark = page.Locator("mark.flag-date-contradiction");
        Assert.Equal(1, await mark.CountAsync());
        await mark.ScrollIntoViewIfNeededAsync();
        await _artifacts.SavePageAsync(page, "flags-reading");
        var view = Path.Combine(TestArtifacts.Folder, "flags-reading-view.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = view });
        output.WriteLine($"screenshot: {view}");

        var noteId = (await mark.GetAttributeAsync("aria-describedby"))!;
        Assert.True(await page.Locator($"#{noteId}").IsVisibleAsync(), "the flag note is not visible at 1400 px");
        Assert.Equal("wavy", await mark.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationStyle"));
    }
}
