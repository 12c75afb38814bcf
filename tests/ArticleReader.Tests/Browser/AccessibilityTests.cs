using System.Text;
using ArticleReader.Data;
using ArticleReader.Ingestion;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
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

    [BrowserFact]
    public async Task The_add_article_form_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-add", SignedIn("/library/add"));

    [BrowserFact]
    public async Task The_add_article_form_with_a_refusal_has_no_axe_violations()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await browser.RegisterAsync(page, "Refused Reader");
        await page.GotoAsync("/library/add");
        await page.FillAsync("#add-text", "   ...   ");
        await page.ClickAsync("form#add-paste button[type=submit]");
        await page.WaitForSelectorAsync("#add-problem");
        await _artifacts.SavePageAsync(page, "axe-add-refused");
        await AssertAxeCleanAsync(page, "axe-add-refused");
    }

    [BrowserFact]
    public async Task The_progress_page_of_a_job_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-job", async page =>
        {
            var email = await browser.RegisterAsync(page, "Waiting Reader");
            return $"/library/jobs/{await AddJobAsync(email, IngestJobStatus.Running, null)}";
        });

    [BrowserFact]
    public async Task The_page_of_a_failed_job_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-job-failed", async page =>
        {
            var email = await browser.RegisterAsync(page, "Failed Reader");
            return $"/library/jobs/{await AddJobAsync(email, IngestJobStatus.Failed, "The article has no paragraph of text; nothing was stored.")}";
        });

    [BrowserFact]
    public async Task The_manage_page_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-manage", async page => $"/articles/{await AddArticleAsync(page, "Managed harbour article")}/manage");

    [BrowserFact]
    public async Task My_articles_have_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-my-articles", async page =>
        {
            await AddArticleAsync(page, "Shelved harbour article");
            return "/?shelf=mine";
        });

    [BrowserFact]
    public async Task The_public_listing_filtered_and_sorted_has_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-public-sorted", SignedIn("/?sort=title&author=Heydar%20Mirza"));

    [BrowserFact]
    public async Task My_notes_have_no_axe_violations() =>
        await AssertNoViolationsAsync("axe-my-notes", async page =>
        {
            var slug = await AddArticleAsync(page, "Noted harbour article");
            var start = await page.EvaluateAsync<int>("() => Number(document.querySelector('span.s').dataset.start)");
            await page.GotoAsync($"/articles/{slug}/notes/new?start={start}&end={start + 10}");
            await page.FillAsync("#note-body", "Which *harbour*?");
            await page.ClickAsync("form.note-form button[type=submit]");
            await page.WaitForPageAsync(url => url.Contains($"/articles/{slug}#anchor-", StringComparison.Ordinal));
            return "/notes";
        });

    private async Task AssertNoViolationsAsync(string name, Func<IPage, Task<string>> path)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SeedArticle.OpenAsync(page, await path(page), _artifacts, name);
        await AssertAxeCleanAsync(page, name);
    }

    private async Task AssertAxeCleanAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        var report = Describe(result);
        await _artifacts.SaveTextAsync(name + ".txt", report);
        Assert.True(result.Violations.Length == 0, $"axe found {result.Violations.Length} violation(s) on {page.Url}:\n{report}");
    }

    /// <summary>A new reader signs in, then <paramref name="path"/> is the page to check.</summary>
    private Func<IPage, Task<string>> SignedIn(string path) => async page =>
    {
        await browser.RegisterAsync(page, "Signed-in Reader");
        return path;
    };

    /// <summary>A reader signed in to <paramref name="page"/> pastes a short article and waits for it; returns its slug.</summary>
    private async Task<string> AddArticleAsync(IPage page, string title)
    {
        await browser.RegisterAsync(page, "Shelving Reader");
        await page.GotoAsync("/library/add");
        await page.FillAsync(
            "#add-text",
            $"{title}\n\nBy Mara Quell\n\nThe Harbour Authority of Lisbon said on 4 March 2021 that 12 percent of its cargo came from Chile.\n\n"
            + "Officials in Portugal expected the share to grow within a year, according to the report.\n");
        await page.ClickAsync("form#add-paste button[type=submit]");
        await page.WaitForPageAsync(url => new Uri(url).AbsolutePath.StartsWith("/articles/", StringComparison.Ordinal), timeout: 60_000);
        return page.Url[(page.Url.LastIndexOf('/') + 1)..];
    }

    /// <summary>A job of the reader with <paramref name="email"/>, held by another instance so that it stays as it is.</summary>
    private Task<int> AddJobAsync(string email, IngestJobStatus status, string? error) =>
        browser.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var slug = $"job-{Guid.NewGuid():N}";
            db.Listings.Add(new ArticleListing { Slug = slug, OwnerId = userId, Visibility = ArticleVisibility.Private });
            var job = new IngestJob
            {
                OwnerId = userId, Slug = slug, SourceName = "harbour.txt", Source = "x", Status = status, Error = error,
                Stage = IngestionStage.RecognizingNamesAndClaims, ClaimedBy = "elsewhere", LeaseUntil = DateTime.UtcNow.AddHours(1),
            };
            db.IngestJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });

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
