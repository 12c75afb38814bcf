using ArticleReader.Data;
using ArticleReader.Notes;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Notes;

/// <summary>A note as a reader sees it: its rendered body (null when it could not be rendered: shown as plain text) and whether it is theirs.</summary>
public sealed record NoteView(MarginNote Note, IHtmlContent? Body, bool IsOwn)
{
    public string AuthorName => Note.Author.DisplayName;
}

/// <summary>A first note with its replies, oldest first.</summary>
public sealed record NoteThread(NoteView First, IReadOnlyList<NoteView> Replies)
{
    /// <summary>The first note's row: its passage, anchor and visibility are the thread's.</summary>
    public MarginNote Root => First.Note;

    public string Slug => Root.Slug;

    public int Id => Root.Id;

    /// <summary>Threads of the notes visible to a reader (ordered as given); replies whose first note is not visible are left out.</summary>
    public static IReadOnlyList<NoteThread> Build(IReadOnlyList<MarginNote> notes, string? readerId, NoteBodyRenderer renderer)
    {
        NoteView View(MarginNote n) =>
            new(n, renderer.TryToHtml(n.Body, n.Id) is { } html ? new HtmlString(html) : null, readerId is not null && n.AuthorId == readerId);
        var replies = notes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value);
        return [.. notes.Where(n => n.ParentId is null).Select(n => new NoteThread(View(n), [.. replies[n.Id].Select(View)]))];
    }
}
