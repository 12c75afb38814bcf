using ArticleReader.Notes;
using Microsoft.AspNetCore.Mvc;

namespace ArticleReader.Pages.Notes;

/// <summary>Editing a note's body, visibility and tags (not its passage), by its author only.</summary>
public sealed class EditModel(NoteStore notes, NoteBodyRenderer bodies) : OwnNotePageModel(notes)
{
    [BindProperty]
    public NoteInput Input { get; set; } = new();

    /// <summary>The body as it will show, after "Preview".</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent? Preview { get; private set; }

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

        await Notes.UpdateAsync(Note, Input.ToDraft(), cancellationToken);
        TempData[NewModel.SavedKey] = "Saved.";
        return Redirect(NotePreview.BackToPassage(Request, slug, Note.ParentId ?? id));
    }

    public async Task<IActionResult> OnPostPreviewAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Preview = NotePreview.Of(Input.Body, bodies);
        ModelState.Clear();
        return Page();
    }
}
