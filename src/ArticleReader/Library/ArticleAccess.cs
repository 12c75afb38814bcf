using System.Linq.Expressions;
using ArticleReader.Data;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Library;

/// <summary>
/// The one rule for who sees an article. Opening it by its link (<see cref="ReadableBy"/>): its owner and admins
/// always, anyone else when it is unlisted or public, not hidden and not deleted. Finding it (<see cref="ListedFor"/>:
/// library, search, sitemap, the API's list): public ones, and the reader's own. Everyone else is answered 404, as
/// for an article that does not exist, so a private article's existence is never revealed.
/// </summary>
public static class ArticleAccess
{
    /// <summary>The rule for opening an article, once: queries translate it to SQL, a remembered listing runs it compiled.</summary>
    private static readonly Expression<Func<ArticleListing, Viewer, bool>> Readable = (l, viewer) =>
        viewer.IsAdmin
        || (l.ArchivedAt == null
            && ((viewer.UserId != null && l.OwnerId == viewer.UserId) || (l.Visibility != ArticleVisibility.Private && !l.Hidden)));

    private static readonly Func<ArticleListing, Viewer, bool> CompiledReadable = Readable.Compile();

    public static IQueryable<ArticleListing> ReadableBy(this IQueryable<ArticleListing> listings, Viewer viewer) =>
        listings.Where(Expression.Lambda<Func<ArticleListing, bool>>(
            new ReplaceParameter(Readable.Parameters[1], Expression.Constant(viewer)).Visit(Readable.Body), Readable.Parameters[0]));

    public static bool IsReadableBy(this ArticleListing listing, Viewer viewer) => CompiledReadable(listing, viewer);

    public static IQueryable<ArticleListing> ListedFor(this IQueryable<ArticleListing> listings, Viewer viewer) =>
        listings.Where(l => l.ArchivedAt == null
            && ((viewer.UserId != null && l.OwnerId == viewer.UserId) || (l.Visibility == ArticleVisibility.Public && !l.Hidden)));

    /// <summary>Whether the viewer may rename, revise, re-share or delete it: its owner, or an admin.</summary>
    public static bool CanManage(this ArticleListing listing, Viewer viewer) =>
        viewer.IsAdmin || (viewer.UserId is not null && listing.OwnerId == viewer.UserId && listing.ArchivedAt is null);

    /// <summary>The listing if the viewer may open the article, else null (answer 404).</summary>
    public static Task<ArticleListing?> FindReadableAsync(this ReaderDbContext db, string slug, Viewer viewer, CancellationToken cancellationToken = default) =>
        db.Listings.ReadableBy(viewer).FirstOrDefaultAsync(l => l.Slug == slug, cancellationToken);

    public static IResult NoSuchArticle(string slug) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"No article is stored under the slug '{slug}'.");

    /// <summary>The listing the <see cref="UseArticleAccess"/> step let this request through with (read it, never change it).</summary>
    public static ArticleListing ReadableListing(this HttpContext context) => context.ReadableArticle().Listing;

    /// <summary>The listing and current revision the <see cref="UseArticleAccess"/> step let this request through with.</summary>
    public static RememberedArticle ReadableArticle(this HttpContext context) =>
        context.Features.Get<ReadableArticleFeature>()?.Article
        ?? throw new InvalidOperationException("The request has no slug, or did not go through the article access step.");

    /// <summary>
    /// The "article or 404" step, in front of every route with a <c>{slug}</c> (pages, source, claims, entities, charts,
    /// flags, notes, API, exports) and before the output cache, so that not even a cached page escapes the rule.
    /// </summary>
    public static IApplicationBuilder UseArticleAccess(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetRouteValue("slug") is string slug)
            {
                var listings = context.RequestServices.GetRequiredService<RememberedListings>();
                var article = await listings.FindAsync(context.RequestServices, slug, context.RequestAborted);
                if (article is null || !article.Listing.IsReadableBy(Viewer.Of(context.User)))
                {
                    // The API answers with a problem document; pages get the 404 page from the status code pages.
                    if (context.Request.Path.StartsWithSegments("/api"))
                    {
                        await NoSuchArticle(slug).ExecuteAsync(context);
                    }
                    else
                    {
                        context.Response.StatusCode = StatusCodes.Status404NotFound;
                    }

                    return;
                }

                context.Features.Set(new ReadableArticleFeature(article));
            }

            await next(context);
        });

    private sealed record ReadableArticleFeature(RememberedArticle Article);

    /// <summary>Puts the viewer into the rule, as a constant that EF Core sends as query parameters.</summary>
    private sealed class ReplaceParameter(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
