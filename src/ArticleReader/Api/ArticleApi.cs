using ArticleReader.Documents;
using ArticleReader.Ingest;
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

    /// <summary>Every stored article's current revision, in slug order.</summary>
    private static async Task<IResult> ListAsync(ArticleStore store, CancellationToken cancellationToken)
    {
        var documents = new List<ArticleDocument>();
        foreach (var slug in await store.SlugsAsync(cancellationToken))
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
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"No article is stored under the slug '{slug}'.");
}
