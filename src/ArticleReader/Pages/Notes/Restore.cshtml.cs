using ArticleReader.Notes;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Mvc;

namespace ArticleReader.Pages.Notes;

/// <summary>Undoing a deletion: the "Undo" button the reading page shows for a few seconds after a note is deleted.</summary>
public sealed class RestoreModel(NoteStore notes, DeletedNotes deleted) : NoteWritePageModel
{
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || deleted.Take(token, NoteAccess.ReaderId(User)) is not { Count: > 0 } thread)
        {
            Problem = $"The note can no longer be restored: undo is offered for {DeletedNotes.UndoWindow.TotalSeconds} seconds after deleting, by its author.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await notes.RestoreAsync(thread, cancellationToken);
        TempData[NewModel.SavedKey] = "Note restored.";
        return Redirect(ArticleLinks.NoteAnchorInArticle(thread[0].Slug, thread[0].Id));
    }
}
