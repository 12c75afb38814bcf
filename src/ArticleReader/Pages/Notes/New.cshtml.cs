using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Ingestion;
using ArticleReader.Notes;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace ArticleReader.Pages.Notes;

/// <summary>
/// The form for a new note on a source range of the current revision: selections, the focused sentence and (without
/// a script) the paragraph links lead here, and any client that can select text may post its own range. The form
/// shows the passage in its sentences and, with "Preview", the note as it will read.
/// </summary>
public sealed class NewModel(NoteStore notes, ArticleStore store, RenderedArticles rendered, AnnotatedParagraphRenderer renderer, NoteBodyRenderer bodies) : NoteWritePageModel
{
    /// <summary>The TempData key of the message the reading page shows after a note is saved.</summary>
    public const string SavedKey = "NoteSaved";

    private AnnotatedArticle _article = null!;

    [BindProperty(SupportsGet = true)]
    public int? Start { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? End { get; set; }

    [BindProperty]
    public NoteInput Input { get; set; } = new();

    public Article Revision { get; private set; } = null!;

    /// <summary>The sentences around the passage, the passage marked.</summary>
    public IHtmlContent Passage { get; private set; } = HtmlString.Empty;

    /// <summary>The body as it will show, after "Preview".</summary>
    public IHtmlContent? Preview { get; private set; }

    /// <summary>Why the range cannot be annotated (the page is then a 400).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ?? Form();

    public async Task<IActionResult> OnPostPreviewAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refused)
        {
            return refused;
        }

        Preview = NotePreview.Of(Input.Body, bodies);
        ModelState.Clear();
        return Form();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Form();
        }

        var note = await notes.AddAsync(Revision, new TextSpan(Start!.Value, End!.Value), NoteAccess.ReaderId(User), Input.ToDraft(), cancellationToken);
        TempData[SavedKey] = "Saved.";
        return Redirect(NotePreview.BackToPassage(Request, slug, note.Id));
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        // The revision the access step found current, as the reading page the passage was chosen on showed it: kept in
        // memory whole, so a note is written with no query but its insert.
        if (await rendered.CurrentAsync(store, HttpContext, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        _article = article;
        Revision = article.Revision;
        Problem = Start is not { } start || End is not { } end
            ? "Say which passage the note is on with start and end offsets (?start=S&end=E)."
            : NoteStore.CheckRange(Revision.SourceText, start, end)?.Reason;
        if (Problem is not null)
        {
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return null;
    }

    /// <summary>The form, with the passage in its sentences: rendered only when the form is shown, never for a note that is saved.</summary>
    private IActionResult Form()
    {
        Passage = NotePreview.InContext(renderer, _article, Start!.Value, End!.Value);
        return Page();
    }
}
