using ArticleReader.Data;
using ArticleReader.Library;
using ArticleReader.Pages.Library;
using ArticleReader.Pages.Notes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// What the owner (or an admin) may change about an article: its title, who can read it, its tags, a new revision
/// (notes re-anchor as for any revision), deleting it; admins also feature and hide it. Anyone else gets a 404.
/// </summary>
[Authorize]
[RequestSizeLimit(ArticleUpload.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ArticleUpload.MaxRequestBytes)]
public sealed class ManageModel(ReaderDbContext db, ArticleLibrary library) : PageModel
{
    private const int ShownJobs = 5;

    public ArticleListing Listing { get; private set; } = null!;

    public string Title { get; private set; } = string.Empty;

    public Viewer Viewer { get; private set; } = Viewer.Anonymous;

    public IReadOnlyList<IngestJob> Jobs { get; private set; } = [];

    public string? Problem { get; private set; }

    /// <summary>What was just changed, said back to the reader.</summary>
    [TempData]
    public string? Done { get; set; }

    [BindProperty]
    public string? NewTitle { get; set; }

    [BindProperty]
    public ArticleVisibility Visibility { get; set; }

    [BindProperty]
    public string? Tags { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public bool Markdown { get; set; } = true;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refused)
        {
            return refused;
        }

        Visibility = Listing.Visibility;
        return Page();
    }

    public Task<IActionResult> OnPostRenameAsync(string slug, CancellationToken cancellationToken) =>
        ChangeAsync(slug, () => library.RenameAsync(slug, NewTitle, cancellationToken), "The title is changed.", cancellationToken);

    public Task<IActionResult> OnPostVisibilityAsync(string slug, CancellationToken cancellationToken) =>
        ChangeAsync(slug, () => library.SetVisibilityAsync(slug, Visibility, cancellationToken), $"It is now {Visibility.ToString().ToLowerInvariant()}.", cancellationToken);

    public Task<IActionResult> OnPostTagsAsync(string slug, CancellationToken cancellationToken) =>
        ChangeAsync(slug, () => library.SetTagsAsync(slug, Tags, cancellationToken), "The tags are saved.", cancellationToken);

    public async Task<IActionResult> OnPostRevisionAsync(string slug, IFormFile? file, CancellationToken cancellationToken) =>
        await ReviseAsync(slug, () => ArticleUpload.FromFileAsync(file, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRevisionTextAsync(string slug, CancellationToken cancellationToken) =>
        await ReviseAsync(slug, () => Task.FromResult(ArticleUpload.FromText(Text, Markdown)), cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refused)
        {
            return refused;
        }

        await library.ArchiveAsync(slug, cancellationToken);
        Done = $"“{Title}” is deleted. Readers' notes on it are kept, and they can still export them.";
        return Redirect("/?shelf=mine");
    }

    public Task<IActionResult> OnPostFeatureAsync(string slug, bool featured, CancellationToken cancellationToken) =>
        AdminChangeAsync(slug, () => library.SetFeaturedAsync(slug, featured, cancellationToken), featured ? "It is featured." : "It is no longer featured.", cancellationToken);

    public Task<IActionResult> OnPostHideAsync(string slug, bool hidden, CancellationToken cancellationToken) =>
        AdminChangeAsync(slug, () => library.SetHiddenAsync(slug, hidden, cancellationToken), hidden ? "It is hidden from everyone but its owner and admins." : "It is no longer hidden.", cancellationToken);

    private async Task<IActionResult> AdminChangeAsync(string slug, Func<Task> change, string done, CancellationToken cancellationToken) =>
        Viewer.Of(User).IsAdmin ? await ChangeAsync(slug, change, done, cancellationToken) : NotFound();

    private async Task<IActionResult> ChangeAsync(string slug, Func<Task> change, string done, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refused)
        {
            return refused;
        }

        try
        {
            await change();
        }
        catch (LibraryRefusal refusal)
        {
            return Refuse(refusal);
        }

        Done = done;
        return Redirect(ArticleLinks.Manage(slug));
    }

    private async Task<IActionResult> ReviseAsync(string slug, Func<Task<ArticleSubmission>> submission, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refused)
        {
            return refused;
        }

        try
        {
            var job = await library.AddRevisionAsync(Listing, NoteAccess.ReaderId(User), await submission(), cancellationToken);
            return RedirectToPage("/Library/Job", new { id = job.Id });
        }
        catch (LibraryRefusal refusal)
        {
            return Refuse(refusal);
        }
    }

    private PageResult Refuse(LibraryRefusal refusal)
    {
        Problem = refusal.Message;
        Response.StatusCode = refusal.Status;
        return Page();
    }

    /// <summary>Null when the viewer may manage the article; a 404 otherwise, as for an article that does not exist.</summary>
    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        Viewer = Viewer.Of(User);
        if (await db.FindReadableAsync(slug, Viewer, cancellationToken) is not { } listing || !listing.CanManage(Viewer))
        {
            return NotFound();
        }

        Listing = listing;
        Title = listing.Title
            ?? await db.Articles.CurrentOf(slug).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken)
            ?? slug;
        Jobs = await db.IngestJobs.AsNoTracking().Where(j => j.Slug == slug).OrderByDescending(j => j.Id).Take(ShownJobs).ToListAsync(cancellationToken);
        return null;
    }
}
