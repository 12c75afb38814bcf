using System.Security.Claims;
using ArticleReader.Notes;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Notes;

/// <summary>
/// A note's permalink: the quoted passage, the note and its replies, with Open Graph tags for sharing. A private
/// note is found only by its author; anyone else gets a 404, as for a note that does not exist.
/// </summary>
public sealed class ShowModel(NoteStore notes, NoteBodyRenderer bodies) : PageModel
{
    public NoteThread Thread { get; private set; } = null!;

    public string CanonicalUrl { get; private set; } = string.Empty;

    /// <summary>The body as plain text, for the description tags.</summary>
    public string Description { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken cancellationToken)
    {
        var readerId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (await notes.FindVisibleAsync(slug, id, readerId, cancellationToken) is not { } note)
        {
            return NotFound();
        }

        if (note.ParentId is { } rootId)
        {
            // A reply is shown in its thread; the visibility rule already hid it if the thread is not visible.
            return Redirect(ArticleLinks.Note(slug, rootId));
        }

        var thread = await notes.VisibleNotesAsync(slug, readerId, cancellationToken: cancellationToken);
        Thread = NoteThread.Build([.. thread.Where(n => n.Id == id || n.ParentId == id)], readerId, bodies)[0];
        Description = bodies.ToPlainText(note.Body, 200);
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Note(slug, id));
        return Page();
    }
}
