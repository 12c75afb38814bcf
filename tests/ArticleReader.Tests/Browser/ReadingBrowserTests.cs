using System.Text.Json;
using Xunit.Abstractions;

namespace ArticleReader.Tests.Browser;

/// <summary>The reading page and the pages it links to, as a reader follows them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private readonly TestArtifacts _artifacts = new(output);

    [BrowserFact]
    public async Task A_footnote_source_link_opens_the_source_view_with_the_claim_highlighted()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var claim = (await SeedArticle.LoadKeysAsync(browser, page)).Claim;

        await SeedArticle.OpenAsync(page, SeedArticle.AllLayersPath, _artifacts, "footnote-1-reading");
        var footnote = await SeedArticle.FindFootnoteAsync(page, claim.Key, (claim.Start, claim.End));
        Assert.Equal((claim.Start, claim.End), (footnote.Start, footnote.End));
        Assert.Equal(SeedArticle.SourcePath(footnote.Start, footnote.End), footnote.Href);
        if (claim.Text is not null)
        {
            Assert.Equal(SeedArticle.Normalize(claim.Text), footnote.ClaimText);
        }

        await page.Locator($"a[href='{footnote.Href}']").First.ClickAsync();
        await page.WaitForPageAsync(url => url.Contains("/source?char=", StringComparison.Ordinal));
        await _artifacts.SavePageAsync(page, "footnote-2-source");

        Assert.EndsWith(footnote.Href, page.Url, StringComparison.Ordinal);
        var passage = page.Locator("mark#passage");
        Assert.Equal(1, await passage.CountAsync());
        Assert.True(await passage.IsVisibleAsync(), "mark#passage is not visible");
        var highlighted = SeedArticle.Normalize(await passage.TextContentAsync());
        output.WriteLine($"highlighted: {highlighted}");
        Assert.Equal(footnote.ClaimText, highlighted);
    }

    [BrowserFact]
    public async Task A_claim_permalink_leads_to_the_claim_highlighted_in_the_article()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var key = (await SeedArticle.LoadKeysAsync(browser, page)).Claim.Key;

        await SeedArticle.OpenAsync(page, SeedArticle.ClaimPath(key), _artifacts, "permalink-1-claim");
        var intoArticle = page.Locator($"a[href='{SeedArticle.ClaimAnchorPath(key)}']");
        Assert.True(await intoArticle.CountAsync() > 0, $"the claim page has no link to {SeedArticle.ClaimAnchorPath(key)}");

        await intoArticle.First.ClickAsync();
        await page.WaitForPageAsync(url => url.EndsWith(SeedArticle.ClaimAnchorPath(key), StringComparison.Ordinal));
        await _artifacts.SavePageAsync(page, "permalink-2-article");

        // The claim is the :target, and it looks different from itself when it is not (the highlight comes from :target).
        var seen = await page.EvaluateAsync<JsonElement>(TargetStyleScript, key);
        output.WriteLine(seen.ToString());
        Assert.Equal($"claim-{key}", seen.GetProperty("targetId").GetString());
        Assert.True(seen.GetProperty("isClaim").GetBoolean(), "the :target is not a span.claim");
        var targeted = seen.GetProperty("targeted").GetString();
        Assert.True(
            targeted != seen.GetProperty("untargeted").GetString(),
            $"claim-{key} looks the same whether it is the :target or not, so it is not highlighted: {targeted}");
        Assert.True(
            targeted != seen.GetProperty("otherClaim").GetString(),
            $"claim-{key} as the :target looks like another claim, so it is not highlighted: {targeted}");
    }

    [BrowserFact]
    public async Task The_reading_page_at_desktop_width() => await ScreenshotReadingPageAsync(1400, 900);

    [BrowserFact]
    public async Task The_reading_page_at_phone_width() => await ScreenshotReadingPageAsync(390, 844);

    private async Task ScreenshotReadingPageAsync(int width, int height)
    {
        await using var context = await browser.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await SeedArticle.OpenAsync(page, SeedArticle.ReadingPath, _artifacts, $"reading-{width}");
        Assert.True(await page.Locator("span.claim").CountAsync() > 0, "the reading page shows no span.claim");
    }

    // Styles that can show a highlight, read with animations and transitions finished.
    private const string TargetStyleScript = """
        key => {
            const props = ['background-color', 'background-image', 'color', 'outline-style', 'outline-color', 'outline-width',
                'box-shadow', 'text-decoration-line', 'text-decoration-color', 'border-bottom-style', 'border-bottom-color', 'font-weight'];
            const styleOf = e => {
                document.getAnimations().forEach(a => a.finish());
                const s = getComputedStyle(e);
                return props.map(p => p + ': ' + s.getPropertyValue(p)).join('; ');
            };
            const target = document.querySelector(':target');
            if (!target) return { targetId: null, isClaim: false, targeted: '', untargeted: '', otherClaim: '' };
            const targeted = styleOf(target);
            const other = [...document.querySelectorAll('span.claim')].find(e => e !== target && !target.contains(e) && !e.contains(target));
            const otherClaim = other ? styleOf(other) : '';
            const id = target.id;
            const isClaim = target.matches('span.claim');
            location.hash = '#main';
            const untargeted = styleOf(target);
            location.hash = '#' + id;
            return { targetId: id, isClaim, targeted, untargeted, otherClaim };
        }
        """;
}
