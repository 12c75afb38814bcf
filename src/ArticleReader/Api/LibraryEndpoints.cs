using System.Globalization;
using System.Xml.Linq;
using ArticleReader.Data;
using ArticleReader.Library;
using ArticleReader.Pages.Articles;
using ArticleReader.Web;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Api;

/// <summary>The sitemap of public articles and the state of an ingest job as JSON (for the status page's script).</summary>
public static class LibraryEndpoints
{
    public static readonly XNamespace SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>How long a status request waits for a change: well under the idle timeouts of common proxies.</summary>
    private static readonly TimeSpan StatusWait = TimeSpan.FromSeconds(20);

    /// <summary>A job that another instance runs sends this one no signal, so a waiting request reads it again this often.</summary>
    private static readonly TimeSpan StatusRecheck = TimeSpan.FromMilliseconds(500);

    public static IEndpointRouteBuilder MapLibraryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", SitemapAsync).CacheOutput(PageCaching.Pages);
        app.MapGet("/library/jobs/{id:int}/status", JobStatusAsync);
        return app;
    }

    /// <summary>Every article anyone may find (public, not hidden, not deleted) with a stored revision.</summary>
    private static async Task<IResult> SitemapAsync(HttpContext context, ReaderDbContext db, CancellationToken cancellationToken)
    {
        var listed = db.Listings.ListedFor(Viewer.Anonymous);
        var revisions = await db.Articles
            .Where(a => listed.Any(l => l.Slug == a.Slug))
            .Select(a => new { a.Slug, a.Revision, a.IngestedAt })
            .ToListAsync(cancellationToken);
        var articles = revisions.GroupBy(a => a.Slug).Select(g => g.MaxBy(a => a.Revision)!).OrderBy(a => a.Slug, StringComparer.Ordinal);
        var sitemap = new XDocument(new XElement(
            SitemapNamespace + "urlset",
            articles.Select(a => new XElement(
                SitemapNamespace + "url",
                new XElement(SitemapNamespace + "loc", PageUrls.Absolute(context.Request, ArticleLinks.Article(a.Slug))),
                new XElement(SitemapNamespace + "lastmod", a.IngestedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))));
        return Results.Text(sitemap.Declaration + sitemap.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8");
    }

    /// <summary>
    /// The job's state as JSON. With <c>?step=</c> (the stage the page shows) the answer waits, up to
    /// <see cref="StatusWait"/>, until the job moves on, so the page follows each stage the moment the worker writes it
    /// instead of on its next poll.
    /// </summary>
    private static async Task<IResult> JobStatusAsync(int id, int? step, HttpContext context, ReaderDbContext db, IngestJobChanges changes, TimeProvider clock, IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        // A stopping app answers waiting requests at once rather than holding its shutdown for them.
        var stopping = lifetime.ApplicationStopping;
        var deadline = clock.GetUtcNow() + StatusWait;
        while (true)
        {
            // Watched before reading, so a change written in between is not missed.
            var changed = changes.Watch(id);
            if (await IngestJobs.FindAsync(db, id, Viewer.Of(context.User), cancellationToken) is not { } job)
            {
                // No watcher is left behind for a job the viewer may not see (or that does not exist).
                changes.Changed(id);
                return Results.NotFound();
            }

            var remaining = deadline - clock.GetUtcNow();
            var working = job.Status is IngestJobStatus.Queued or IngestJobStatus.Running;
            if (step != (int)job.Stage || !working || remaining <= TimeSpan.Zero || stopping.IsCancellationRequested)
            {
                if (!working)
                {
                    // A job another instance ended leaves no watcher behind here.
                    changes.Changed(id);
                }

                context.Response.Headers.CacheControl = "no-store";
                return Results.Json(new
                {
                    status = job.Status.ToString().ToLowerInvariant(),
                    stage = IngestJobs.StageName(job.Stage),
                    step = (int)job.Stage,
                    error = job.Error,
                    article = job.Status == IngestJobStatus.Done ? ArticleLinks.Article(job.Slug) : null,
                });
            }

            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
            await IngestJobChanges.WaitAsync(changed, remaining < StatusRecheck ? remaining : StatusRecheck, waiting.Token);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
