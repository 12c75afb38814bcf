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

    /// <summary>The current revision of every article the caller may find (<see cref="ArticleAccess.ListedFor"/>), in slug order.</summary>
    private static async Task<IResult> ListAsync(HttpContext context, ArticleStore store, ReaderDbContext db, CancellationToken cancellationToken)
    {
        var documents = new List<ArticleDocument>();
        var listed = await db.Listings.ListedFor(Viewer.Of(context.User)).Select(l => l.Slug).ToListAsync(cancellationToken);
        foreach (var slug in (await store.SlugsAsync(cancellationToken)).Intersect(listed, StringComparer.Ordinal))
        {
            if (await store.LoadDocumentAsync(slug, cancellationToken) is { } article)
            {
                documents.Add(DocumentMapper.ToDocument(article));
            }
        }

        return Results.Json(documents, DocumentMapper.JsonOptions);
    }

    private static async Task<IResult> GetAsync(string slug, ArticleStore store, CancellationToken cancellationToken) =>
        await store.LoadDocumentAsync(slug, cancellationToken) is { } article
            ? Results.Json(DocumentMapper.ToDocument(article), DocumentMapper.JsonOptions)
            : ArticleAccess.NoSuchArticle(slug);
}
