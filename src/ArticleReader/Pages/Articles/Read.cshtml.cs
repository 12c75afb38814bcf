using System.Security.Claims;
using ArticleReader.Data;
using ArticleReader.Library;
using ArticleReader.Notes;
using ArticleReader.Pages.Notes;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// The reading page: the current revision with its sections and, as the reader's layers say, claims and their notes,
/// names with their cards, flags, and the readers' notes the current reader may see, in the margin beside their lines.
/// What does not depend on the reader comes from <see cref="RenderedArticles"/>; only paragraphs with notes are
/// rendered per request.
/// </summary>
[OutputCache(PolicyName = PageCaching.ReadingPage)]
public sealed class ReadModel(ReaderDbContext db, RenderedArticles rendered, AnnotatedParagraphRenderer renderer, NoteStore notes, NoteBodyRenderer bodies)
    : WholeArticlePageModel
{
    /// <summary>How long the reader's choice of layers is remembered.</summary>
    private static readonly TimeSpan LayerCookieLifetime = TimeSpan.FromDays(365);

    /// <summary>Its place in the library: owner, visibility (an article not public asks search engines to stay away).</summary>
    public ArticleListing Listing { get; private set; } = null!;

    public bool CanManage { get; private set; }

    /// <summary>
    /// The owner's title when they gave one, else the article's: from the listing, so a rename shows at once even though
    /// the rendered revision is kept in memory with the title it was loaded with.
    /// </summary>
    public string Title { get; private set; } = string.Empty;

    public ReadingLayer Layers { get; private set; }

    public IReadOnlyList<SectionView> Sections { get; private set; } = [];

    /// <summary>Each author with the id of the paragraph that introduces them, when it is in the body.</summary>
    public IReadOnlyList<(string Name, string? Anchor)> Authors { get; private set; } = [];

    public IHtmlContent EntityCards { get; private set; } = HtmlString.Empty;

    /// <summary>The claims' notes as numbered endnotes, which only print shows.</summary>
    public IHtmlContent Endnotes { get; private set; } = HtmlString.Empty;

    /// <summary>The tag the margin is filtered by (<c>?tag=</c>), lower-case.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    /// <summary>The part of a long article shown (<c>?part=</c>, from 1); see <see cref="ReadingOptions.CharactersPerPart"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public int Part { get; set; } = 1;

    /// <summary>Notes whose passage is gone from the current revision, kept with their original quote.</summary>
    public IReadOnlyList<NoteThread> OrphanedNotes { get; private set; } = [];

    /// <summary>Why the address cannot be shown (the page is then a 400).</summary>
    public string? Problem { get; private set; }

    public bool Shows(ReadingLayer layer) => Layers.HasFlag(layer);

    /// <summary>The address of a section: in this part its anchor, in another part that part's address.</summary>
    public string SectionLink(Section section)
    {
        var part = Article.PartOf(section);
        return part == Part ? $"#section-{section.Position}" : $"{ArticleLinks.Article(Article.Slug)}?part={part}#section-{section.Position}";
    }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Listing = HttpContext.ReadableListing();
        CanManage = Listing.CanManage(Viewer.Of(User));
        Title = Listing.Title ?? Article.Title;
        if (ChooseLayers() is { } problem)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Tag = string.IsNullOrWhiteSpace(Tag) ? null : Tag.Trim().ToLowerInvariant();
        var readerId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var threads = Shows(ReadingLayer.Notes)
            ? NoteThread.Build(await notes.VisibleNotesAsync(slug, readerId, Tag, cancellationToken), readerId, bodies)
            : [];
        var anchored = threads.Where(t => t.Root.AnchorStatus == AnchorStatus.Anchored && t.Root.ArticleId == Revision.Id).ToList();
        OrphanedNotes = [.. threads.Except(anchored)];
        Sections = SectionsOfPart(anchored);
        EntityCards = rendered.EntityCards(Article);
        Endnotes = rendered.Endnotes(Article);
        Authors = [.. Article.Authors.Select(a =>
            (a.Name, Article.Locate(a.BiographyStart, a.BiographyStart + 1) is { } place ? $"p-{place.Paragraph.Position}" : null))];
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Article(slug));
        return Page();
    }

    /// <summary>Added but not stored yet: its reader watches the progress (anyone else has nothing to read yet).</summary>
    protected override async Task<IActionResult> NoRevisionAsync(string slug, CancellationToken cancellationToken)
    {
        var viewer = Viewer.Of(User);
        return await IngestJobs.LatestAsync(db, slug, cancellationToken) is { } job && (viewer.IsAdmin || job.OwnerId == viewer.UserId)
            ? Redirect(IngestJobs.Link(job.Id))
            : NotFound();
    }

    /// <summary>
    /// The layers the address (or else the reader's cookie) asks for, remembered in the cookie when the address says
    /// so; or why the address cannot be shown (a layer or part that does not exist).
    /// </summary>
    private string? ChooseLayers()
    {
        var (layers, fromQuery, problem) = ReadingLayers.For(Request);
        if (problem is null && (Part < 1 || Part > Article.Parts.Count))
        {
            problem = Article.Parts.Count == 1 ? "This article is read in one part; leave out ?part=." : $"This article has parts 1 to {Article.Parts.Count}.";
        }

        if (problem is not null)
        {
            return problem;
        }

        Layers = layers;
        if (fromQuery && Request.Query.ContainsKey(ReadingLayers.RememberName) && Request.Cookies[ReadingLayers.CookieName] != ReadingLayers.Format(layers))
        {
            // Remembered for the next visit; a response that sets a cookie is not output-cached.
            Response.Cookies.Append(ReadingLayers.CookieName, ReadingLayers.Format(layers), new CookieOptions
            {
                Path = "/",
                MaxAge = LayerCookieLifetime,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
        }

        return null;
    }

    /// <summary>
    /// The sections of the part shown, each paragraph as kept in memory, or rendered afresh with the readers' notes
    /// anchored in it.
    /// </summary>
    private List<SectionView> SectionsOfPart(List<NoteThread> anchored)
    {
        var paragraphs = Article.Sections.SelectMany(s => s.Paragraphs).ToList();
        var byParagraph = anchored.ToLookup(t => ParagraphOf(paragraphs, t.Root.Start));
        return [.. Article.Parts[Part - 1].Select(s => new SectionView(s, [.. s.Paragraphs.Select(p =>
        {
            var paragraphNotes = byParagraph[p.Position].ToList();
            var html = paragraphNotes.Count == 0
                ? rendered.Paragraph(Article, p, Layers)
                : renderer.Reading(Article, p, Layers, [.. paragraphNotes.Select(t => new NoteMark(t.Id, t.Root.Start, t.Root.End))]);
            return new ParagraphView(p, html, paragraphNotes);
        })]))];
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
