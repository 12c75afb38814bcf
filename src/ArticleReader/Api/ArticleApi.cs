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

    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Every stored article's current revision, in slug order, loaded and written one at a time.</summary>
    private static async Task<IResult> ListAsync(ArticleStore store, CancellationToken cancellationToken)
    {
        var slugs = await store.SlugsAsync(cancellationToken);
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
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"No article is stored under the slug '{slug}'.");
}
