using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Library;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// The "article or 404" step of every page under <c>/articles/{slug}</c>, before its handler runs: the current
/// revision (<see cref="Revision"/>), or 404 when the article has none. Who may read the article is decided before,
/// once, by the access step of <see cref="ArticleAccess"/>, which finds the current revision with the listing (both
/// remembered in memory), so the step itself sends no query. Each page then
/// loads only what it shows: the whole revision through <see cref="WholeArticlePageModel"/>, or its own query. The
/// step takes its services from the request, as the access step does, so a page's constructor lists only its own.
/// </summary>
public abstract class ArticlePageModel : PageModel
{
    public ArticleRevision Revision { get; private set; } = null!;

    /// <summary>The page's absolute address, for its canonical link and share tags (empty on pages that have none).</summary>
    public string CanonicalUrl { get; protected set; } = string.Empty;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var slug = (string)RouteData.Values["slug"]!;
        var store = HttpContext.RequestServices.GetRequiredService<ArticleStore>();
        var database = HttpContext.RequestServices.GetRequiredService<ReaderDbContext>().Database;
        // The step's and the handler's few queries share one connection: taking one from the pool and giving it back
        // costs about as much as a small query. It is closed before the page renders.
        await database.OpenConnectionAsync(HttpContext.RequestAborted);
        try
        {
            if (HttpContext.ReadableArticle().Current is { } revision && await LoadAsync(store, revision, HttpContext.RequestAborted))
            {
                Revision = revision;
                await next();
                return;
            }

            context.Result = await NoRevisionAsync(slug, HttpContext.RequestAborted);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    /// <summary>Loads what every handler of the page needs, or says (false) that the revision is gone after all.</summary>
    protected virtual Task<bool> LoadAsync(ArticleStore store, ArticleRevision revision, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>The answer when the article has no stored revision: 404, unless the page has a better one.</summary>
    protected virtual Task<IActionResult> NoRevisionAsync(string slug, CancellationToken cancellationToken) =>
        Task.FromResult<IActionResult>(NotFound());
}

/// <summary>
/// An article page that shows the whole revision (the reading page, the charts, a flag with its passages): the
/// revision as <see cref="RenderedArticles"/> keeps it in memory, loaded once for every page and reader.
/// </summary>
public abstract class WholeArticlePageModel : ArticlePageModel
{
    public AnnotatedArticle Article { get; private set; } = null!;

    protected override async Task<bool> LoadAsync(ArticleStore store, ArticleRevision revision, CancellationToken cancellationToken)
    {
        var rendered = HttpContext.RequestServices.GetRequiredService<RenderedArticles>();
        if (await rendered.RevisionAsync(store, revision.Id, cancellationToken) is not { } article)
        {
            return false;
        }

        Article = article;
        return true;
    }
}

/// <summary>A chart of the whole revision (the actor map, the timeline): its SVG, drawn by the page.</summary>
public abstract class ChartPageModel : WholeArticlePageModel
{
    public IHtmlContent Svg { get; protected set; } = HtmlString.Empty;
}
