using ArticleReader.Data;
using ArticleReader.Documents;
using ArticleReader.Ingest;
using ArticleReader.Library;
using ArticleReader.Web;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The current revision of every article the caller may find (<see cref="ArticleAccess.ListedFor"/>), in slug order, loaded and written one at a time.</summary>
    private static async Task<IResult> ListAsync(HttpContext context, ArticleStore store, ReaderDbContext db, CancellationToken cancellationToken)
    {
        var listed = await db.Listings.ListedFor(Viewer.Of(context.User)).Select(l => l.Slug).ToListAsync(cancellationToken);
        var slugs = (await store.SlugsAsync(cancellationToken)).Intersect(listed, StringComparer.Ordinal).ToList();
        async IAsyncEnumerable<ArticleDocument> Documents()
        {
            foreach (var slug in slugs)
            {
                if (await store.LoadDocumentAsync(slug, cancellationToken) is { } article)
                {
                    yield return DocumentMapper.ToDocument(article);
                }
            }
        }

        return Results.Stream(stream => DocumentStreamWriter.WriteAsync(stream, Documents(), cancellationToken), JsonContentType);
    }

    private static async Task<IResult> GetAsync(string slug, ArticleStore store, CancellationToken cancellationToken) =>
        await store.LoadDocumentAsync(slug, cancellationToken) is { } article
            ? Results.Stream(stream => DocumentStreamWriter.WriteAsync(stream, DocumentMapper.ToDocument(article), cancellationToken), JsonContentType)
            : ArticleAccess.NoSuchArticle(slug);
}
