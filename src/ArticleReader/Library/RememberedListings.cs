using System.Collections.Concurrent;
using ArticleReader.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ArticleReader.Library;

/// <summary>
/// The listings <see cref="ArticleAccess"/> checks on every request with a slug, remembered in memory so that a cached
/// page costs no database query. A change to a listing (visibility, owner, archive, rename, a new revision) forgets it
/// at once through <see cref="IArticleChangeListener"/>; the command line changes it from another process, so a
/// remembered listing also expires after <see cref="ReaderOptions.PageCacheDuration"/>, as cached pages do. Slugs with
/// no listing are not remembered: an article added a moment later must be found.
/// </summary>
public sealed class RememberedListings(IMemoryCache cache, IOptions<ReaderOptions> options) : IArticleChangeListener
{
    /// <summary>Bumped when a slug's listing changes, so a load that began before the change is not remembered.</summary>
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    /// <summary>
    /// The listing of <paramref name="slug"/>, shared between requests: read it, never change it. The database context
    /// is taken from <paramref name="services"/> only when the listing is not remembered.
    /// </summary>
    public async Task<ArticleListing?> FindAsync(IServiceProvider services, string slug, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(slug), out ArticleListing? remembered))
        {
            return remembered;
        }

        var generation = _generations.GetValueOrDefault(slug);
        var listing = await services.GetRequiredService<ReaderDbContext>().Listings.AsNoTracking().FirstOrDefaultAsync(l => l.Slug == slug, cancellationToken);
        if (listing is not null && _generations.GetValueOrDefault(slug) == generation)
        {
            cache.Set(Key(slug), listing, options.Value.PageCacheDuration);
        }

        return listing;
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
