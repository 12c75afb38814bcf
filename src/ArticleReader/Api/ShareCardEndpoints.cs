using ArticleReader.Ingest;
using ArticleReader.ShareCards;
using ArticleReader.Library;
using ArticleReader.Pages.Articles;
using ArticleReader.Web;
using Microsoft.Extensions.Options;

namespace ArticleReader.Api;

/// <summary>
/// The share card images of an article and of each of its claims, drawn from the current revision and output-cached
/// with the article's pages (a new revision or a listing change evicts them). The article access step in front of
/// every <c>{slug}</c> route answers 404 for an article the viewer may not open, as for its pages.
/// </summary>
public static class ShareCardEndpoints
{
    public const string PngContentType = "image/png";

    public static IEndpointRouteBuilder MapShareCards(this IEndpointRouteBuilder app)
    {
        var cards = app.MapGroup("/articles/{slug}").CacheOutput(PageCaching.Pages);
        cards.MapGet("/card.png", ArticleCardAsync);
        cards.MapGet("/claims/{key}/card.png", ClaimCardAsync);
        return app;
    }

    private static async Task<IResult> ArticleCardAsync(string slug, HttpContext context, ArticleStore store, RenderedArticles rendered, CancellationToken cancellationToken)
    {
        if (await rendered.CurrentAsync(store, context, cancellationToken) is not { } article)
        {
            return ArticleAccess.NoSuchArticle(slug);
        }

        var title = context.ReadableListing().Title ?? article.Title;
        var byline = article.Revision.Byline is { } author ? $"By {author} · " : string.Empty;
        return Results.File(CardImage.Png(new CardText("ArticleReader", title, byline + ArticleCounts.Of(article).Describe())), PngContentType);
    }

    private static async Task<IResult> ClaimCardAsync(
        string slug, string key, HttpContext context, ArticleStore store, RenderedArticles rendered, IOptions<ReadingOptions> options, CancellationToken cancellationToken)
    {
        if (await rendered.CurrentAsync(store, context, cancellationToken) is not { } article || article.Claim(key) is not { } claim)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such claim", detail: $"The current revision of '{slug}' has no claim '{key}'.");
        }

        // The same plain-language line as the claim's note in the margin, as text: no links, nothing to encode.
        var facts = ClaimFacts.For(article, claim, options.Value.CheckableClaimProbability);
        var kicker = string.Join(" · ", facts.Summary(entity => entity.Text, text => text));
        var title = context.ReadableListing().Title ?? article.Title;
        return Results.File(CardImage.Png(new CardText(kicker, claim.Text, $"{title} · ArticleReader")), PngContentType);
    }
}
