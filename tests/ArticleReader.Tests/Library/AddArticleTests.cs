using System.Net;
using System.Text;
using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Library;

/// <summary>Adding articles through the library's forms: the job, its progress page, the stored article, and refusals.</summary>
public class AddArticleTests : LibraryAppTests
{
    public AddArticleTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected AddArticleTests(DatabaseProvider provider)
        : base(provider)
    {
    }

    [ProviderFact]
    public async Task A_pasted_article_is_queued_shown_in_progress_and_then_readable_by_its_owner_only()
    {
        var owner = await ReaderSession.RegisterAsync(App.Factory, "Owner Olga");
        var jobId = await LibraryApp.PasteAsync(owner, SampleArticles.Text("Harbour cargo shifts south"));

        var job = await LibraryApp.WaitForJobAsync(App.Factory, jobId);
        Assert.Equal(IngestJobStatus.Done, job.Status);
        Assert.Equal(1, job.Attempts);
        Assert.Equal("harbour-cargo-shifts-south", job.Slug);

        // The status page of a finished job opens the article.
        var status = await owner.Client.GetAsync(new Uri($"/library/jobs/{jobId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, status.StatusCode);
        Assert.Equal("/articles/harbour-cargo-shifts-south", status.Headers.Location!.OriginalString);

        var (response, page) = await owner.Client.GetPageAsync("/articles/harbour-cargo-shifts-south");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Harbour cargo shifts south", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var listing = await App.Factory.WithDbAsync(db => db.Listings.Include(l => l.Owner).SingleAsync(l => l.Slug == job.Slug));
        Assert.Equal(ArticleVisibility.Private, listing.Visibility);
        Assert.Equal("Owner Olga", listing.Owner!.DisplayName);

        var stranger = await ReaderSession.RegisterAsync(App.Factory, "Stranger");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(new Uri("/articles/harbour-cargo-shifts-south", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(new Uri($"/library/jobs/{jobId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(new Uri($"/library/jobs/{jobId}/status", UriKind.Relative))).StatusCode);
    }

    [ProviderFact]
    public async Task The_status_page_shows_the_stages_refreshes_without_script_and_reports_as_json()
    {
        var owner = await ReaderSession.RegisterAsync(App.Factory);
        // Written straight into the table, held by another instance, the job stays where the page can be read.
        var jobId = await HeldJobAsync(owner, "waiting-article");

        var (response, page) = await owner.Client.GetPageAsync($"/library/jobs/{jobId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["queued", "reading", "finding sentences", "recognizing names and claims", "storing"],
            page.QuerySelectorAll(".job-stages li").Select(li => li.TextContent));
        Assert.Equal(["stage-done", "stage-done", "stage-current", "stage-pending", "stage-pending"], page.QuerySelectorAll(".job-stages li").Select(li => li.ClassName));
        Assert.Contains("<noscript><meta http-equiv=\"refresh\" content=\"1\"></noscript>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("script[src*='progress']"));

        var json = await owner.Client.GetStringAsync(new Uri($"/library/jobs/{jobId}/status", UriKind.Relative));
        Assert.Contains("\"stage\":\"finding sentences\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"running\"", json, StringComparison.Ordinal);

        // The reading page of an article not stored yet sends its owner to the progress.
        var reading = await owner.Client.GetAsync(new Uri("/articles/waiting-article", UriKind.Relative));
        Assert.Equal($"/library/jobs/{jobId}", reading.Headers.Location!.OriginalString);
    }

    [ProviderFact]
    public async Task The_status_json_asked_with_the_shown_stage_answers_when_the_job_moves_on()
    {
        var owner = await ReaderSession.RegisterAsync(App.Factory);
        // Running under another instance's name, so only this test moves it.
        var jobId = await HeldJobAsync(owner, "moving-article");
        var shown = (int)ArticleReader.Ingestion.IngestionStage.FindingSentences;

        // A page that shows an older stage is answered at once.
        var behind = await owner.Client.GetStringAsync(new Uri($"/library/jobs/{jobId}/status?step={shown - 1}", UriKind.Relative));
        Assert.Contains("\"stage\":\"finding sentences\"", behind, StringComparison.Ordinal);

        // One that shows the current stage waits for the next, and is told of it when the worker writes it.
        var waiting = owner.Client.GetStringAsync(new Uri($"/library/jobs/{jobId}/status?step={shown}", UriKind.Relative));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(waiting.IsCompleted);
        await App.Factory.WithDbAsync(db => db.IngestJobs.Where(j => j.Id == jobId)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Stage, ArticleReader.Ingestion.IngestionStage.Storing)));
        App.Factory.Services.GetRequiredService<ArticleReader.Library.IngestJobChanges>().Changed(jobId);
        var moved = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("\"stage\":\"storing\"", moved, StringComparison.Ordinal);

        // A change written by another instance, which sends no signal here, is read again within moments.
        var elsewhere = owner.Client.GetStringAsync(new Uri($"/library/jobs/{jobId}/status?step={(int)ArticleReader.Ingestion.IngestionStage.Storing}", UriKind.Relative));
        await App.Factory.WithDbAsync(db => db.IngestJobs.Where(j => j.Id == jobId)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Status, IngestJobStatus.Failed).SetProperty(j => j.Error, "Stopped elsewhere.")));
        var failed = await elsewhere.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("\"status\":\"failed\"", failed, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task An_uploaded_markdown_file_becomes_an_article_with_its_file_name()
    {
        var owner = await ReaderSession.RegisterAsync(App.Factory);
        var markdown = "# Ports of the south\n\nBy Mara Quell\n\n## Cargo\n\nThe Harbour Authority of Lisbon said on 4 March 2021 that 12 percent of its cargo came from Chile.\n";
        var response = await owner.UploadAsync("/library/add", "form#add-upload", "file", "ports.md", Encoding.UTF8.GetBytes(markdown), new() { ["Visibility"] = "Unlisted" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var job = await LibraryApp.WaitForJobAsync(App.Factory, LibraryApp.JobId(response));
        Assert.Equal(IngestJobStatus.Done, job.Status);
        var article = await App.Factory.WithDbAsync(db => db.Articles.SingleAsync(a => a.Slug == job.Slug));
        Assert.Equal(("Ports of the south", "ports.md"), (article.Title, article.SourceName));
        Assert.Equal(ArticleVisibility.Unlisted, await App.Factory.WithDbAsync(db => db.Listings.Where(l => l.Slug == job.Slug).Select(l => l.Visibility).SingleAsync()));
    }

    public static TheoryData<string, byte[], string> RefusedFiles => new()
    {
        { "empty.txt", [], "the file is empty" },
        { "binary.txt", [0x41, 0x00, 0x42], "the file is binary (a NUL byte at offset 1), not a text article" },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x0A], "the file is not UTF-8 text" },
        { "large.txt", Encoding.UTF8.GetBytes(new string('a', (5 * 1024 * 1024) + 10)), "the file is 5.0 MB; articles may be at most 5 MB" },
        { "blank.txt", Encoding.UTF8.GetBytes("   \n\n  ...  \n"), "the file has no line of text" },
        { "empty.html", Encoding.UTF8.GetBytes("<html><body><nav>Home</nav></body></html>"), "has no paragraph of article text" },
        { "picture.png", Encoding.UTF8.GetBytes("not really"), "picture.png is not a .txt, .md or .html file" },
    };

    [ProviderTheory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_file_the_command_line_refuses_is_refused_on_the_form_with_its_words_and_nothing_is_stored(string name, byte[] content, string message)
    {
        var owner = await ReaderSession.RegisterAsync(App.Factory);
        var response = await owner.UploadAsync("/library/add", "form#add-upload", "file", name, content, new() { ["Visibility"] = "Private" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await ReaderSession.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#add-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((1, 0), await App.Factory.WithDbAsync(async db => (await db.Listings.CountAsync(), await db.IngestJobs.CountAsync())));
    }

    [ProviderFact]
    public async Task Pasted_text_with_no_letters_is_refused_and_adding_needs_an_account()
    {
        var owner = await ReaderSession.RegisterAsync(App.Factory);
        var response = await owner.SubmitAsync("/library/add", "form#add-paste", new() { ["Text"] = "— — —", ["Markdown"] = "false", ["Visibility"] = "Private" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the file has no line of text", (await ReaderSession.ParseAsync(response)).QuerySelector("#add-problem")!.TextContent, StringComparison.Ordinal);

        var anonymous = await ReaderSession.Anonymous(App.Factory).Client.GetAsync(new Uri("/library/add", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Two_articles_with_the_same_title_get_their_own_slugs()
    {
        var first = await ReaderSession.RegisterAsync(App.Factory);
        var second = await ReaderSession.RegisterAsync(App.Factory);
        var a = await LibraryApp.WaitForJobAsync(App.Factory, await LibraryApp.PasteAsync(first, SampleArticles.Text("Same title twice")));
        var b = await LibraryApp.WaitForJobAsync(App.Factory, await LibraryApp.PasteAsync(second, SampleArticles.Text("Same title twice")));

        Assert.Equal(("same-title-twice", "same-title-twice-2"), (a.Slug, b.Slug));
        Assert.Equal(1, await App.Factory.WithDbAsync(db => db.Articles.CountAsync(x => x.Slug == "same-title-twice-2")));
    }

    /// <summary>A job of <paramref name="owner"/> finding sentences under another instance's lease, which no worker here takes.</summary>
    private Task<int> HeldJobAsync(ReaderSession owner, string slug) =>
        App.Factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == owner.Email).Select(u => u.Id).SingleAsync();
            db.Listings.Add(new ArticleListing { Slug = slug, OwnerId = userId, Visibility = ArticleVisibility.Private });
            var job = new IngestJob
            {
                OwnerId = userId, Slug = slug, SourceName = slug + ".txt", Source = "x", Status = IngestJobStatus.Running,
                Stage = ArticleReader.Ingestion.IngestionStage.FindingSentences, ClaimedBy = "elsewhere", LeaseUntil = DateTime.UtcNow.AddHours(1),
            };
            db.IngestJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
}
