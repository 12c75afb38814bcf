using ArticleReader.Data;
using ArticleReader.Notes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Notes;

/// <summary>A page that writes notes: for signed-in readers only, its POSTs counted against their write limit (<see cref="NoteWriteAttribute"/>).</summary>
[Authorize]
[NoteWrite]
public abstract class NoteWritePageModel : PageModel;

/// <summary>A page where readers change a note of their own (edit, delete): the note, found for its author only.</summary>
public abstract class OwnNotePageModel(NoteStore notes) : NoteWritePageModel
{
    public MarginNote Note { get; private set; } = null!;

    protected NoteStore Notes { get; } = notes;

    /// <summary>Finds <see cref="Note"/>; null when the reader wrote it, else the refusal to answer with (see <see cref="NoteAccess.RefuseChange"/>).</summary>
    protected async Task<IActionResult?> LoadAsync(string slug, int id, CancellationToken cancellationToken)
    {
        (Note, var refused) = await NoteAccess.FindOwnAsync(Notes, slug, id, User, cancellationToken);
        return refused;
    }
}
