using ArticleReader.Data;
using ArticleReader.Library;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Library;

/// <summary>
/// An ingest job's progress, for the reader who added it (and admins; anyone else gets a 404). It refreshes itself
/// without JavaScript; with it, <c>progress.js</c> follows the job's JSON and moves on as soon as it is done. A done
/// job opens the article.
/// </summary>
public sealed class JobModel(ReaderDbContext db) : PageModel
{
    public IngestJobState Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await IngestJobs.FindAsync(db, id, Viewer.Of(User), cancellationToken) is not { } job)
        {
            return NotFound();
        }

        if (job.Status == IngestJobStatus.Done)
        {
            return Redirect(ArticleLinks.Article(job.Slug));
        }

        Job = job;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public string StageClass(int step) =>
        step < (int)Job.Stage ? "stage-done" : step == (int)Job.Stage && Job.Status != IngestJobStatus.Failed ? "stage-current" : "stage-pending";
}
