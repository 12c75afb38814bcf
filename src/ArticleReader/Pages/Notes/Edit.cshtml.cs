using ArticleReader.Data;
using ArticleReader.Notes;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Notes;

/// <summary>Editing a note's body, visibility and tags (not its passage), by its author only.</summary>
[Authorize]
[NoteWrite]
public sealed class EditModel(NoteService notes) : PageModel
{
    [BindProperty]
    public NoteInput Input { get; set; } = new();

    public MarginNote Note { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = new NoteInput { Body = Note.Body, Visibility = Note.Visibility, Tags = string.Join(", ", Note.Tags) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await notes.UpdateAsync(Note, Input.ToDraft(), cancellationToken);
        return Redirect(ArticleLinks.NoteInArticle(slug, id));
    }

    private async Task<IActionResult?> LoadAsync(string slug, int id, CancellationToken cancellationToken)
    {
        var readerId = NoteAccess.ReaderId(User);
        var note = await notes.FindVisibleAsync(slug, id, readerId, cancellationToken);
        if (NoteAccess.RefuseChange(note, readerId) is { } refused)
        {
            return refused;
        }

        Note = note!;
        return null;
    }
}
