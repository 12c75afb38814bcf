using System.Collections.Concurrent;
using ArticleReader.Data;
using ArticleReader.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ArticleReader.Library;

/// <summary>A listing with its article's current revision (null while none is stored yet), remembered together.</summary>
public sealed record RememberedArticle(ArticleListing Listing, ArticleRevision? Current);

/// <summary>
/// The listings <see cref="ArticleAccess"/> checks on every request with a slug, each with its article's current
/// revision, remembered in memory so that a cached page costs no database query and a rendered one no query to find
/// its revision. A change to a listing (visibility, owner, archive, rename, a new revision) forgets it
/// at once through <see cref="IArticleChangeListener"/>; the command line changes it from another process, so a
/// remembered listing also expires after <see cref="ReaderOptions.PageCacheDuration"/>, as cached pages do. Slugs with
/// no listing are not remembered: an article added a moment later must be found.
/// </summary>
public sealed class RememberedListings(IMemoryCache cache, IOptions<ReaderOptions> options) : IArticleChangeListener
{
    /// <summary>Bumped when a slug's listing changes, so a load that began before the change is not remembered.</summary>
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    /// <summary>
    /// The listing of <paramref name="slug"/> with its current revision, in one query, shared between requests: read
    /// it, never change it. The database context is taken from <paramref name="services"/> only when it is not remembered.
    /// </summary>
    public async Task<RememberedArticle?> FindAsync(IServiceProvider services, string slug, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(slug), out RememberedArticle? remembered))
        {
            return remembered;
        }

        var generation = _generations.GetValueOrDefault(slug);
        var db = services.GetRequiredService<ReaderDbContext>();
        // A left join on the current revision: SQLite has no APPLY for a "first revision" subquery.
        var row = await (
            from l in db.Listings.AsNoTracking().Where(l => l.Slug == slug)
            join a in db.CurrentRevisions().Where(a => a.Slug == slug)
                on l.Slug equals a.Slug into current
            from a in current.DefaultIfEmpty()
            select new { Listing = l, Id = (int?)a.Id, Title = a.Title ?? a.Slug, Number = (int?)a.Revision })
            .FirstOrDefaultAsync(cancellationToken);
        var found = row is null
            ? null
            : new RememberedArticle(row.Listing, row.Id is { } id ? new ArticleRevision(id, slug, row.Title, row.Number!.Value) : null);
        if (found is not null && _generations.GetValueOrDefault(slug) == generation)
        {
            cache.Set(Key(slug), found, options.Value.PageCacheDuration);
        }

        return found;
    }

    /// <summary>A note changes no listing; any other change does.</summary>
    public Task ArticleChangedAsync(string slug, ArticleChange change, CancellationToken cancellationToken)
    {
        if (change != ArticleChange.Notes)
        {
            Forget(slug);
        }

        return Task.CompletedTask;
    }

    /// <summary>Drops the remembered listing of <paramref name="slug"/>, and any load of it under way.</summary>
    public void Forget(string slug)
    {
        _generations.AddOrUpdate(slug, 1, (_, generation) => generation + 1);
        cache.Remove(Key(slug));
    }

    private static string Key(string slug) => "listing:" + slug;
}
