using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ArticleReader.Tests.Browser;

/// <summary>
/// A reader adds articles in the browser, by upload and by paste, watches the progress page move on to the article,
/// notes a phrase in it, and another reader finds no trace of the private article.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LibraryBrowserAddTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Phrase = "Critics were less sure.";

    private readonly TestArtifacts _artifacts = new(output);

    private static string Article(string title) =>
        $"{title}\n\nBy Mara Quell\n\nThe Harbour Authority of Lisbon said on 4 March 2021 that 12 percent of its cargo came from Chile. {Phrase}\n\n"
        + "Officials in Portugal expected the share to grow within a year, according to the report.\n";

    [BrowserFact]
    public async Task A_reader_uploads_and_pastes_articles_watches_them_ingest_notes_a_phrase_and_another_reader_cannot_see_them()
    {
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await browser.RegisterAsync(page, "Library Reader");

        await UploadAsync(page);

        // Paste, as Markdown.
        await page.GotoAsync("/library/add");
        await page.FillAsync("#add-text", "# Pasted harbour article\n\n" + Article("ignored line").Split("\n\n", 2)[1]);
        await page.CheckAsync("form#add-paste input[name=Markdown][value=true]");
        await page.ClickAsync("form#add-paste button[type=submit]");
        await page.WaitForPageAsync(url => url.EndsWith("/articles/pasted-harbour-article", StringComparison.Ordinal), timeout: 60_000);
        await _artifacts.SavePageAsync(page, "library-2-pasted-article");

        // Note a phrase of it: its source range comes from the sentence that holds it.
        var range = await page.EvaluateAsync<int[]>(
            """
            phrase => {
                const s = [...document.querySelectorAll('span.s')].find(e => e.textContent.includes(phrase));
                const start = Number(s.dataset.start) + s.textContent.indexOf(phrase);
                return [start, start + phrase.length];
            }
            """,
            Phrase);
        await page.GotoAsync($"/articles/pasted-harbour-article/notes/new?start={range[0]}&end={range[1]}");
        await page.FillAsync("#note-body", "Which critics?");
        await page.ClickAsync("form.note-form button[type=submit]");
        await page.WaitForPageAsync(url => url.Contains("/articles/pasted-harbour-article#anchor-", StringComparison.Ordinal));
        Assert.Equal(Phrase, await page.Locator("mark.note-anchor").First.TextContentAsync());

        var mine = await page.GotoAsync("/?shelf=mine");
        Assert.Equal(2, await page.Locator(".library-item").CountAsync());
        Assert.Equal(2, await page.Locator(".library-item .badge-private").CountAsync());
        await _artifacts.SavePageAsync(page, "library-3-my-articles");

        await CheckAnotherReaderSeesNothingAsync();
    }

    /// <summary>Upload: the form goes to the progress page, which opens the article when it is stored.</summary>
    private async Task UploadAsync(IPage page)
    {
        await page.GotoAsync("/library/add");
        await page.SetInputFilesAsync("#add-file", new FilePayload { Name = "harbour.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Article("Uploaded harbour article")) });
        // The progress page may open the article within moments, so it is read as the server sent it, on its way to
        // the browser (a redirect when the job was already done).
        string? progressHtml = null;
        await page.RouteAsync(new System.Text.RegularExpressions.Regex("/library/jobs/[0-9]+$"), async route =>
        {
            var response = await route.FetchAsync(new() { MaxRedirects = 0 });
            progressHtml = response.Status == 200 ? await response.TextAsync() : null;
            await route.FulfillAsync(new() { Response = response });
        });
        await page.ClickAsync("form#add-upload button[type=submit]");
        await page.WaitForPageAsync(url => url.EndsWith("/articles/uploaded-harbour-article", StringComparison.Ordinal), timeout: 60_000);
        await page.UnrouteAllAsync();
        var sawProgress = progressHtml is not null;
        if (progressHtml is not null)
        {
            Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(progressHtml, "<li class=\"stage-[a-z]+\" data-step="));
        }

        Assert.Equal("Uploaded harbour article", await page.Locator("h1").TextContentAsync());
        output.WriteLine($"progress page seen before the article: {sawProgress}");
    }

    /// <summary>Another reader: a 404 for the article, and nothing of it in the library or search.</summary>
    private async Task CheckAnotherReaderSeesNothingAsync()
    {
        await using var otherContext = await browser.NewContextAsync(1280, 900);
        var other = await otherContext.NewPageAsync();
        await browser.RegisterAsync(other, "Other Reader");
        var response = await other.GotoAsync("/articles/pasted-harbour-article");
        Assert.Equal(404, response!.Status);
        Assert.DoesNotContain("Which critics?", await other.ContentAsync(), StringComparison.Ordinal);
        await other.GotoAsync("/");
        Assert.Equal(0, await other.Locator("a[href='/articles/pasted-harbour-article']").CountAsync());
        await other.GotoAsync("/search?q=Lisbon");
        Assert.Equal(0, await other.Locator("a[href*='harbour-article']").CountAsync());
    }
}
