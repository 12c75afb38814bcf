using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ArticleReader.Tests.Browser;

/// <summary>axe-core (all default rules) finds no violation on any page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    private readonly TestArtifacts _artifacts = new(output);

    [BrowserFact]
    public async Task The_library_has_no_axe_violations() => await AssertNoViolationsAsync("axe-library", _ => Task.FromResult("/"));

    [BrowserFact]
    public async Task The_reading_page_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-reading", _ => Task.FromResult(SeedArticle.ReadingPath));

    [BrowserFact]
    public async Task The_reading_page_with_every_layer_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-reading-all-layers", _ => Task.FromResult(SeedArticle.AllLayersPath));

    [BrowserFact]
    public async Task The_search_page_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-search", _ => Task.FromResult("/search?q=Baku"));

    [BrowserFact]
    public async Task The_source_view_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-source", async page =>
        {
            var claim = (await SeedArticle.LoadKeysAsync(browser, page)).Claim;
            return SeedArticle.SourcePath(claim.Start, claim.End);
        });

    [BrowserFact]
    public async Task The_claim_page_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-claim", async page => SeedArticle.ClaimPath((await SeedArticle.LoadKeysAsync(browser, page)).Claim.Key));

    [BrowserFact]
    public async Task The_entity_page_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-entity", async page => SeedArticle.EntityPath((await SeedArticle.LoadKeysAsync(browser, page)).EntityKey));

    [BrowserFact]
    public async Task The_timeline_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-timeline", _ => Task.FromResult(SeedArticle.ReadingPath + "/timeline"));

    [BrowserFact]
    public async Task The_actor_map_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-actors", _ => Task.FromResult(SeedArticle.ReadingPath + "/actors"));

    [BrowserFact]
    public async Task The_flag_page_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-flag", async page => await FirstFlagPathAsync(page));

    private async Task AssertNoViolationsAsync(string name, Func<IPage, Task<string>> path)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SeedArticle.OpenAsync(page, await path(page), _artifacts, name);

        var result = await page.RunAxe();
        var report = Describe(result);
        await _artifacts.SaveTextAsync(name + ".txt", report);
        Assert.True(result.Violations.Length == 0, $"axe found {result.Violations.Length} violation(s) on {page.Url}:\n{report}");
    }

    /// <summary>The permalink of the reading page's first flag, as a reader would find it.</summary>
    private static async Task<string> FirstFlagPathAsync(IPage page)
    {
        await SeedArticle.OpenAsync(page, SeedArticle.AllLayersPath);
        return (await page.Locator(".flag-note b a").First.GetAttributeAsync("href"))!;
    }

    private static string Describe(AxeResult result)
    {
        var text = new StringBuilder();
        text.AppendLine($"{result.Url}: {result.Violations.Length} violation(s), {result.Passes.Length} rule(s) passed, {result.Incomplete.Length} to review");
        foreach (var violation in result.Violations)
        {
            text.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    {node.Target}: {node.Html}");
            }
        }

        return text.ToString();
    }
}
