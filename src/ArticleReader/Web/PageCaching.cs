using System.Security.Claims;
using ArticleReader.Data;
using ArticleReader.Pages.Articles;
using ArticleReader.Pages.Notes;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ArticleReader.Web;

/// <summary>
/// Output caching of the anonymous GET pages and API responses, and of the reading page for each signed-in reader
/// apart (<see cref="ReaderPagePolicy"/>). Every entry is tagged with the library and, when
/// its route names an article, with that article, and ingesting a new revision in this process evicts both tags.
/// The command line ingests in another process and cannot reach this in-memory cache: entries also expire after
/// <see cref="ReaderOptions.PageCacheDuration"/>, so its changes show within that time.
/// </summary>
public static partial class PageCaching
{
    /// <summary>Pages and API responses that do not depend on the query string.</summary>
    public const string Pages = "pages";

    /// <summary>
    /// The reading page, whose <c>tag</c> query filters the notes in the margin, <c>part</c> picks the part of a long
    /// article, and <c>layers</c> (or the reader's remembered layers cookie) says what shows over the text.
    /// </summary>
    public const string ReadingPage = "reading-page";

    /// <summary>The source view, whose <c>char</c> query selects the highlighted passage.</summary>
    public const string SourceView = "source-view";

    /// <summary>The library, whose query picks the shelf, order, filters and page.</summary>
    public const string Library = "library-page";

    public const string LibraryTag = "library";

    public static string ArticleTag(string slug) => "article:" + slug;

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ReaderOptions>>((cache, reader) =>
        {
            var duration = reader.Value.PageCacheDuration;
            cache.AddPolicy(Pages, b => b.AddPolicy<ArticleTagPolicy>().SetVaryByQuery([]).Expire(duration));
            cache.AddPolicy(
                ReadingPage,
                b => b.AddPolicy<ReaderPagePolicy>()
                    .SetVaryByQuery("tag", "part", ReadingLayers.QueryName, ReadingLayers.RememberName)
                    .VaryByValue(c => new(ReadingLayers.CookieName, c.Request.Cookies[ReadingLayers.CookieName] ?? string.Empty))
                    .Expire(duration),
                excludeDefaultPolicy: true);
            cache.AddPolicy(Library, b => b.AddPolicy<ArticleTagPolicy>().SetVaryByQuery("shelf", "sort", "tag", "author", "p").Expire(duration));
            cache.AddPolicy(SourceView, b => b.AddPolicy<ArticleTagPolicy>().SetVaryByQuery("char").Expire(duration));
        });
        services.AddSingleton<IArticleChangeListener, CacheEviction>();
        return services;
    }

    /// <summary>
    /// Tags an entry with the library and with the article its route names. Signed-in readers bypass the cache both
    /// ways: their pages show their private notes and their name, which must never reach anyone else.
    /// </summary>
    private sealed class ArticleTagPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.User.Identity?.IsAuthenticated == true)
            {
                context.EnableOutputCaching = false;
                context.AllowCacheLookup = false;
                context.AllowCacheStorage = false;
                return ValueTask.CompletedTask;
            }

            AddTags(context);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }

    /// <summary>The library's tag, and the article's when the route names one, so either change evicts the entry.</summary>
    private static void AddTags(OutputCacheContext context)
    {
        context.Tags.Add(LibraryTag);
        if (context.HttpContext.GetRouteValue("slug") is string slug)
        {
            context.Tags.Add(ArticleTag(slug));
        }
    }

    /// <summary>
    /// The reading page is cached for anonymous readers, as every page, and also for each signed-in reader apart: their
    /// entries vary by reader and by the antiforgery cookie the page's form tokens are made for, so a reader only ever
    /// gets back the page rendered for them, with forms that still post. A note or listing change evicts the article's
    /// entries, everyone's. A request carrying a one-time message ("Saved", "Undo") is rendered, never looked up or kept.
    /// Replaces the framework's default policy, which never caches a signed-in request: the rest of it is kept here
    /// (GET and HEAD only, no Authorization header, only a 200 that sets no cookie is stored).
    /// </summary>
    private sealed class ReaderPagePolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
            if (http.User.Identity?.IsAuthenticated == true)
            {
                var antiforgery = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!;
                cacheable &= !NoteStatus.CameWith(http);
                context.CacheVaryByRules.VaryByValues["reader"] = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
                context.CacheVaryByRules.VaryByValues["antiforgery"] = http.Request.Cookies[antiforgery] ?? string.Empty;
            }

            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            AddTags(context);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }

    private sealed partial class CacheEviction(IOutputCacheStore store, ILogger<CacheEviction> logger) : IArticleChangeListener
    {
        /// <summary>
        /// Anonymous cached pages show public notes, so a note drops the article's pages; a new revision or listing
        /// drops the library's pages too, which list it.
        /// </summary>
        public async Task ArticleChangedAsync(string slug, ArticleChange change, CancellationToken cancellationToken)
        {
            await store.EvictByTagAsync(ArticleTag(slug), cancellationToken);
            if (change != ArticleChange.Notes)
            {
                await store.EvictByTagAsync(LibraryTag, cancellationToken);
                LogEvicted(logger, slug, change);
            }
        }

        [LoggerMessage(LogLevel.Information, "Cached pages of {Slug} and the library evicted after a change of its {Change}")]
        private static partial void LogEvicted(ILogger logger, string slug, ArticleChange change);
    }
}
