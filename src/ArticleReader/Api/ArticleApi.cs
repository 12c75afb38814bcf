using ArticleReader.Data;
using ArticleReader.Documents;
using ArticleReader.Ingest;
using ArticleReader.Library;
using ArticleReader.Pages.Articles;
using ArticleReader.Web;

namespace ArticleReader.Api;

/// <summary>
/// The JSON API: each current article as the same document the command line's <c>ingest --json</c> prints
/// (docs/document-format.md), serialized with the same options.
/// </summary>
public static class ArticleApi
{
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles").CacheOutput(PageCaching.Pages);
        articles.MapGet("/", ListAsync);
        articles.MapGet("/{slug}", GetAsync);
        return app;
    }

    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>
    /// The current revision of every article the caller may find (<see cref="ArticleAccess.ListedFor"/>), in slug order,
    /// written one at a time as <see cref="RenderedArticles"/> keeps it: once kept, a document costs no query.
    /// </summary>
    private static async Task<IResult> ListAsync(HttpContext context, ArticleStore store, ReaderDbContext db, RenderedArticles rendered, CancellationToken cancellationToken)
    {
        var revisions = await store.CurrentRevisionsAsync(db.Listings.ListedFor(Viewer.Of(context.User)).Select(l => l.Slug), cancellationToken);
        async IAsyncEnumerable<ArticleDocument> Documents()
        {
            foreach (var revision in revisions)
            {
                if (await rendered.RevisionAsync(store, revision.Id, cancellationToken) is { } kept)
                {
                    yield return DocumentMapper.ToDocument(kept.Revision);
                }
            }
        }

        return Results.Stream(stream => DocumentStreamWriter.WriteAsync(stream, Documents(), cancellationToken), JsonContentType);
    }

    /// <summary>The current revision, from what <see cref="RenderedArticles"/> keeps; an article with none is a 404 problem document.</summary>
    private static async Task<IResult> GetAsync(string slug, HttpContext context, ArticleStore store, RenderedArticles rendered, CancellationToken cancellationToken) =>
        await rendered.CurrentAsync(store, context, cancellationToken) is { } kept
            ? Results.Stream(stream => DocumentStreamWriter.WriteAsync(stream, DocumentMapper.ToDocument(kept.Revision), cancellationToken), JsonContentType)
            : ArticleAccess.NoSuchArticle(slug);
}
