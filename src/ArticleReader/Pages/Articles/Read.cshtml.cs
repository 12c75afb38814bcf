using System.Security.Claims;
using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Library;
using ArticleReader.Notes;
using ArticleReader.Pages.Notes;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// The reading page: the current revision with its sections, claims and their notes, entity cards, and the readers'
/// notes the current reader may see, in the margin after their paragraphs.
/// </summary>
[OutputCache(PolicyName = PageCaching.ReadingPage)]
public sealed class ReadModel(ArticleStore store, ReaderDbContext db, AnnotatedParagraphRenderer renderer, NoteService notes, NoteBodyRenderer bodies) : PageModel
{
    /// <summary>Its place in the library: owner, visibility (an article not public asks search engines to stay away).</summary>
    public ArticleListing Listing { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public AnnotatedArticle Article { get; private set; } = null!;

    public IReadOnlyList<SectionView> Sections { get; private set; } = [];

    /// <summary>Each author with the id of the paragraph that introduces them, when it is in the body.</summary>
    public IReadOnlyList<(string Name, string? Anchor)> Authors { get; private set; } = [];

    public IHtmlContent EntityCards { get; private set; } = HtmlString.Empty;

    public string CanonicalUrl { get; private set; } = string.Empty;

    /// <summary>The tag the margin is filtered by (<c>?tag=</c>), lower-case.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    /// <summary>Notes whose passage is gone from the current revision, kept with their original quote.</summary>
    public IReadOnlyList<NoteThread> OrphanedNotes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var viewer = Viewer.Of(User);
        if (await db.FindReadableAsync(slug, viewer, cancellationToken) is not { } listing)
        {
            return NotFound();
        }

        if (await store.LoadDocumentAsync(slug, cancellationToken) is not { } article)
        {
            // Added but not stored yet: its reader watches the progress (anyone else has nothing to read yet).
            return await IngestJobs.LatestAsync(db, slug, cancellationToken) is { } job && (viewer.IsAdmin || job.OwnerId == viewer.UserId)
                ? Redirect(IngestJobs.Link(job.Id))
                : NotFound();
        }

        Listing = listing;
        CanManage = listing.CanManage(viewer);
        Article = new AnnotatedArticle(article);
        Tag = string.IsNullOrWhiteSpace(Tag) ? null : Tag.Trim().ToLowerInvariant();
        var readerId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var threads = NoteThread.Build(await notes.VisibleNotesAsync(slug, readerId, Tag, cancellationToken), readerId, bodies);
        var anchored = threads.Where(t => t.Note.Note.AnchorStatus == AnchorStatus.Anchored && t.Note.Note.ArticleId == article.Id).ToList();
        OrphanedNotes = [.. threads.Except(anchored)];
        var paragraphs = Article.Sections.SelectMany(s => s.Paragraphs).ToList();
        var byParagraph = anchored.ToLookup(t => ParagraphOf(paragraphs, t.Note.Note.Start));
        Sections = [.. Article.Sections.Select(s => new SectionView(s, [.. s.Paragraphs.Select(p =>
        {
            var paragraphNotes = byParagraph[p.Position].ToList();
            var marks = paragraphNotes.Select(t => new NoteMark(t.Id, t.Note.Note.Start, t.Note.Note.End)).ToList();
            return new ParagraphView(p, renderer.Reading(Article, p, marks), paragraphNotes);
        })]))];
        EntityCards = renderer.EntityCards(Article);
        Authors = [.. article.Authors.OrderBy(a => a.Position).Select(a =>
            (a.Name, Article.Locate(a.BiographyStart, a.BiographyStart + 1) is { } place ? $"p-{place.Paragraph.Position}" : null))];
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Article(slug));
        return Page();
    }

    /// <summary>
    /// The position of the paragraph a note goes after: the one its passage starts in, or else (a passage in the header
    /// or between paragraphs) the next one, or the last.
    /// </summary>
    private static int ParagraphOf(List<Paragraph> paragraphs, int start)
    {
        var paragraph = paragraphs.FirstOrDefault(p => p.Start <= start && start < p.End)
            ?? paragraphs.FirstOrDefault(p => p.Start >= start)
            ?? paragraphs.LastOrDefault();
        return paragraph?.Position ?? -1;
    }

    public sealed record SectionView(Section Section, IReadOnlyList<ParagraphView> Paragraphs);

    public sealed record ParagraphView(Paragraph Paragraph, IHtmlContent Html, IReadOnlyList<NoteThread> Notes);
}
