using ArticleReader.Data;
using ArticleReader.Ingestion;
using ArticleReader.Notes;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Notes;

/// <summary>
/// The form for a new note on a source range of the current revision: the "Add note" links of paragraphs and claims
/// lead here, and any client that can select text may post its own range.
/// </summary>
[Authorize]
[NoteWrite]
public sealed class NewModel(NoteService notes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Start { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? End { get; set; }

    [BindProperty]
    public NoteInput Input { get; set; } = new();

    public Article Revision { get; private set; } = null!;

    public string Quote { get; private set; } = string.Empty;

    /// <summary>Why the range cannot be annotated (the page is then a 400).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var note = await notes.AddAsync(Revision, new TextSpan(Start!.Value, End!.Value), NoteAccess.ReaderId(User), Input.ToDraft(), cancellationToken);
        return Redirect(ArticleLinks.NoteInArticle(slug, note.Id));
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await notes.CurrentRevisionAsync(slug, cancellationToken) is not { } revision)
        {
            return NotFound();
        }

        Revision = revision;
        Problem = Start is not { } start || End is not { } end
            ? "Say which passage the note is on with start and end offsets (?start=S&end=E)."
            : NoteService.CheckRange(revision.SourceText, start, end)?.Reason;
        if (Problem is not null)
        {
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Quote = revision.SourceText[Start!.Value..End!.Value];
        return null;
    }
}
