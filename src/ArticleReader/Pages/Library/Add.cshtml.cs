using ArticleReader.Data;
using ArticleReader.Library;
using ArticleReader.Pages.Notes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Library;

/// <summary>
/// Adding an article: upload a file, paste text or give an address. The text is checked at once (a refusal is a 400
/// on this form, and nothing is stored), then queued; the reader lands on the job's progress page.
/// </summary>
[Authorize]
[RequestSizeLimit(ArticleUpload.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ArticleUpload.MaxRequestBytes)]
public sealed class AddModel(ArticleLibrary library, UrlImporter importer) : PageModel
{
    [BindProperty]
    public ArticleVisibility Visibility { get; set; } = ArticleVisibility.Private;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public bool Markdown { get; set; } = true;

    [BindProperty]
    public string? Address { get; set; }

    /// <summary>Why the article was not added (the page is then a 400, or 429 past the rate limit).</summary>
    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken) =>
        AddAsync(() => ArticleUpload.FromFileAsync(file, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPasteAsync(CancellationToken cancellationToken) =>
        AddAsync(() => Task.FromResult(ArticleUpload.FromText(Text, Markdown)), cancellationToken);

    public Task<IActionResult> OnPostAddressAsync(CancellationToken cancellationToken) =>
        AddAsync(() => ArticleUpload.FromAddressAsync(importer, Address, cancellationToken), cancellationToken);

    private async Task<IActionResult> AddAsync(Func<Task<ArticleSubmission>> submission, CancellationToken cancellationToken)
    {
        try
        {
            var job = await library.AddAsync(NoteAccess.ReaderId(User), await submission(), Visibility, cancellationToken);
            return RedirectToPage("/Library/Job", new { id = job.Id });
        }
        catch (LibraryRefusal refusal)
        {
            Problem = refusal.Message;
            Response.StatusCode = refusal.Status;
            if (refusal.RetryAfter is { } retryAfter)
            {
                Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Page();
        }
    }
}
