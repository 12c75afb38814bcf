using System.ComponentModel.DataAnnotations;
using ArticleReader.Data;
using ArticleReader.Notes;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Mvc;

namespace ArticleReader.Pages.Notes;

/// <summary>A reply to a public note; the form under each public note in the margin posts here.</summary>
public sealed class ReplyModel(NoteStore notes) : NoteWritePageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Write something in the reply.")]
    [StringLength(MarginNote.MaxBodyLength, ErrorMessage = "A reply can be at most 10,000 characters long.")]
    [NoteBody]
    public string Body { get; set; } = string.Empty;

    public MarginNote Parent { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken cancellationToken) =>
        await LoadAsync(slug, id, cancellationToken) ?? Page();

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

        var reply = await notes.ReplyAsync(Parent, NoteAccess.ReaderId(User), Body.Trim(), cancellationToken);
        return Redirect(ArticleLinks.NoteInArticle(slug, reply.Id));
    }

    /// <summary>Only public first notes take replies: a reply to a reply joins its thread, a private note has no thread.</summary>
    private async Task<IActionResult?> LoadAsync(string slug, int id, CancellationToken cancellationToken)
    {
        var note = await notes.FindVisibleAsync(slug, id, NoteAccess.ReaderId(User), cancellationToken);
        if (note?.ParentId is { } rootId)
        {
            note = await notes.FindVisibleAsync(slug, rootId, NoteAccess.ReaderId(User), cancellationToken);
        }

        if (note is null)
        {
            return NotFound();
        }

        if (note.Visibility != NoteVisibility.Public)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Parent = note;
        return null;
    }
}
