using ArticleReader.Data;
using ArticleReader.Ingestion;
using ArticleReader.Library;
using ArticleReader.Tests.Notes;
using Microsoft.EntityFrameworkCore;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Library;

/// <summary>The background jobs: claimed once, recovered after a crash, isolated from each other's failures, and none lost under load.</summary>
public class IngestJobTests : LibraryAppTests
{
    public IngestJobTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected IngestJobTests(DatabaseProvider provider)
        : base(provider)
    {
    }

    [ProviderFact]
    public async Task Ten_readers_adding_five_articles_each_at_once_on_two_instances_give_fifty_articles_none_lost_or_doubled()
    {
        var second = App.NewInstance(new() { ["Reader:IngestSeedsAtStartup"] = "false" });
        var instances = new[] { App.Factory, second };
        foreach (var instance in instances)
        {
            instance.CreateClient().Dispose();
        }

        var readers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => ReaderSession.RegisterAsync(instances[i % 2], $"Reader {i}")));

        // Every reader adds five at once; two of each reader's titles are shared with every other reader.
        var jobs = await Task.WhenAll(readers.SelectMany((reader, r) => Enumerable.Range(0, 5).Select(a =>
            LibraryApp.PasteAsync(reader, SampleArticles.Text(a < 2 ? $"Shared title {a}" : $"Reader {r} article {a}", paragraphs: 1)))));
        var ended = await Task.WhenAll(jobs.Select(id => LibraryApp.WaitForJobAsync(App.Factory, id)));

        Assert.Equal(50, jobs.Distinct().Count());
        Assert.All(ended, job => Assert.Equal((IngestJobStatus.Done, 1, null), (job.Status, job.Attempts, job.Error)));
        var stored = await App.Factory.WithDbAsync(db => db.Articles.Where(a => a.Slug != Infrastructure.HtmlPages.SeedSlug).Select(a => new { a.Slug, a.Revision }).ToListAsync());
        Assert.Equal(50, stored.Count);
        Assert.Equal(50, stored.Select(a => a.Slug).Distinct().Count());
        Assert.All(stored, a => Assert.Equal(1, a.Revision));
        Assert.Equal(50, await App.Factory.WithDbAsync(db => db.Listings.CountAsync(l => l.OwnerId != null)));
    }

    [ProviderFact]
    public async Task A_job_left_running_by_a_crashed_instance_is_run_again_and_one_interrupted_twice_fails_with_its_reason()
    {
        // The first instance runs no workers: it stands for the one that crashed with its jobs running.
        using var app = new LibraryApp(Provider, new() { ["Library:RunWorkers"] = "false" });
        var owner = await ReaderSession.RegisterAsync(app.Factory);
        var (retried, exhausted) = await app.Factory.WithDbAsync(async db =>
        {
            var ownerId = await db.Users.Where(u => u.Email == owner.Email).Select(u => u.Id).SingleAsync();
            IngestJob Crashed(string slug, int attempts)
            {
                db.Listings.Add(new ArticleListing { Slug = slug, OwnerId = ownerId, Visibility = ArticleVisibility.Private });
                var job = new IngestJob
                {
                    OwnerId = ownerId, Slug = slug, SourceName = slug + ".txt", Source = SampleArticles.Text("Left behind " + slug),
                    Status = IngestJobStatus.Running, Stage = IngestionStage.RecognizingNamesAndClaims, Attempts = attempts,
                    ClaimedBy = "crashed-instance", LeaseUntil = DateTime.UtcNow.AddMinutes(-1),
                };
                db.IngestJobs.Add(job);
                return job;
            }

            var first = Crashed("left-behind-once", 1);
            var second = Crashed("left-behind-twice", 2);
            await db.SaveChangesAsync();
            return (first.Id, second.Id);
        });

        // A new instance starts on the database the crashed one left.
        var restarted = app.NewInstance(new() { ["Library:RunWorkers"] = "true" });
        var again = await LibraryApp.WaitForJobAsync(restarted, retried);
        var failed = await LibraryApp.WaitForJobAsync(restarted, exhausted);

        Assert.Equal((IngestJobStatus.Done, 2), (again.Status, again.Attempts));
        Assert.Equal(1, await restarted.WithDbAsync(db => db.Articles.CountAsync(a => a.Slug == "left-behind-once")));
        Assert.Equal((IngestJobStatus.Failed, IngestJobClaimer.InterruptedTwice), (failed.Status, failed.Error));
        var page = await owner.GetDocumentAsync("/?shelf=mine");
        Assert.Contains("failed: " + IngestJobClaimer.InterruptedTwice, page.QuerySelector(".status-failed")!.TextContent, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task A_job_that_fails_ends_with_its_reason_and_the_next_job_still_runs()
    {
        var owner = await ReaderSession.RegisterAsync(App.Factory);
        var broken = await App.Factory.WithDbAsync(async db =>
        {
            var ownerId = await db.Users.Where(u => u.Email == owner.Email).Select(u => u.Id).SingleAsync();
            db.Listings.Add(new ArticleListing { Slug = "broken-html", OwnerId = ownerId });
            // Stored directly (the form would have refused it): HTML with no paragraph fails in the pipeline.
            var job = new IngestJob
            {
                OwnerId = ownerId, Slug = "broken-html", SourceName = "broken.html", Source = "<html><body><nav>Only a menu</nav></body></html>",
                Format = ArticleReader.Ingestion.Formats.ArticleFormat.Html,
            };
            db.IngestJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
        var good = await LibraryApp.PasteAsync(owner, SampleArticles.Text("After the broken one"));

        var failed = await LibraryApp.WaitForJobAsync(App.Factory, broken);
        var done = await LibraryApp.WaitForJobAsync(App.Factory, good);

        Assert.Equal(IngestJobStatus.Failed, failed.Status);
        Assert.Contains("no paragraph of article text", failed.Error, StringComparison.Ordinal);
        Assert.Equal(IngestJobStatus.Done, done.Status);
        Assert.Equal(0, await App.Factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Slug == "broken-html")));
    }
}
