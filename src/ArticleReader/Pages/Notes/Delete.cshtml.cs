using ArticleReader.Notes;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Notes;

/// <summary>Deleting a note (with its replies), by its author only; a POST from the edit page.</summary>
[Authorize]
[NoteWrite]
public sealed class DeleteModel(NoteService notes) : PageModel
{
    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken cancellationToken)
    {
        var readerId = NoteAccess.ReaderId(User);
        var note = await notes.FindVisibleAsync(slug, id, readerId, cancellationToken);
        if (NoteAccess.RefuseChange(note, readerId) is { } refused)
        {
            return refused;
        }

        await notes.DeleteAsync(note!, cancellationToken);
        return Redirect(ArticleLinks.Article(slug));
    }
}
