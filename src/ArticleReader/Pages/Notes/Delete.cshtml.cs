using ArticleReader.Notes;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Mvc;

namespace ArticleReader.Pages.Notes;

/// <summary>
/// Deleting a note (with its replies), by its author only: GET asks for confirmation (a page, so it works without a
/// script), POST deletes and goes back to the article, which offers "Undo" for <see cref="DeletedNotes.UndoWindow"/>.
/// </summary>
public sealed class DeleteModel(NoteStore notes, DeletedNotes deleted) : OwnNotePageModel(notes)
{
    /// <summary>The TempData key of the undo token the reading page offers after a deletion.</summary>
    public const string UndoKey = "NoteUndo";

    public int ReplyCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        ReplyCount = (await Notes.ThreadOfAsync(Note, cancellationToken)).Count - 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var thread = await Notes.ThreadOfAsync(Note, cancellationToken);
        await Notes.DeleteAsync(Note, cancellationToken);
        TempData[UndoKey] = deleted.Keep(Note.AuthorId, thread);
        return Redirect(ArticleLinks.Article(slug));
    }
}
