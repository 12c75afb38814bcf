using ArticleReader.Data;
using ArticleReader.Notes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Pages.Notes;

/// <summary>"My notes": the signed-in reader's notes and replies across every article, grouped by article, with the Markdown export.</summary>
[Authorize]
public sealed class MineModel(NoteStore notes, NoteBodyRenderer bodies, ReaderDbContext db) : PageModel
{
    public IReadOnlyList<ArticleNotes> Articles { get; private set; } = [];

    public int Count { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var readerId = NoteAccess.ReaderId(User);
        var own = await notes.OwnNotesAsync(readerId, cancellationToken);
        var slugs = own.Select(n => n.Slug).Distinct().ToList();
        // The title of each article's current revision, for headings that name articles as readers know them.
        var titles = await db.Articles.Where(a => slugs.Contains(a.Slug))
            .GroupBy(a => a.Slug)
            .Select(g => new { Slug = g.Key, Title = g.OrderByDescending(a => a.Revision).Select(a => a.Title).First() })
            .ToDictionaryAsync(t => t.Slug, t => t.Title ?? t.Slug, cancellationToken);
        Articles = [.. own.GroupBy(n => n.Slug).Select(g => new ArticleNotes(
            g.Key,
            titles.GetValueOrDefault(g.Key) ?? g.Key,
            [.. g.Select(n => new OwnNote(n, new HtmlString(bodies.ToHtml(n.Body))))]))
            .OrderBy(a => a.Title, StringComparer.CurrentCultureIgnoreCase)];
        Count = own.Count;
    }

    public sealed record OwnNote(MarginNote Note, IHtmlContent Body);

    public sealed record ArticleNotes(string Slug, string Title, IReadOnlyList<OwnNote> Notes);
}
