using System.Net;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Library;
using ArticleReader.Pages.Articles;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Pages;

/// <summary>
/// The SQL commands one rendered page costs (bench/PageQueries measures the same with timings). A page is counted on
/// a request that finds nothing of the article remembered: the access step's one query for the listing and the current
/// revision is counted with the page's own; the output cache is emptied before, so that the page is rendered.
/// </summary>
public sealed class PageQueryTests(PageQueryTests.CountingAppFactory factory) : IClassFixture<PageQueryTests.CountingAppFactory>
{
    [Fact]
    public async Task The_claim_page_sends_at_most_three_queries()
    {
        var kept = factory.Services.GetRequiredService<RenderedArticles>().Kept(await CurrentRevisionIdAsync()) is not null;

        var queries = await CountAsync($"{HtmlPages.SeedUrl}/claims/{await FirstClaimAsync()}");

        // The listing with its revision, the claim's paragraph, the entities named there; only the first when another
        // test of this app had the revision kept in memory.
        Assert.Equal(kept ? 1 : 3, queries);
    }

    [Fact]
    public async Task Once_a_reader_opened_the_article_the_claim_page_sends_no_query()
    {
        using var client = factory.CreateClient();
        (await client.GetAsync(new Uri(HtmlPages.SeedUrl, UriKind.Relative))).EnsureSuccessStatusCode().Dispose();
        await factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageCaching.LibraryTag, default);
        factory.Counter.Clear();

        using var response = await client.GetAsync(new Uri($"{HtmlPages.SeedUrl}/claims/{await FirstClaimAsync()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await factory.Counter.NextRequestAsync());
    }

    private Task<int> CurrentRevisionIdAsync() =>
        factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == HtmlPages.SeedSlug).MaxAsync(a => a.Id));

    private Task<string> FirstClaimAsync() =>
        factory.WithDbAsync(db => db.Claims
            .Where(c => c.ArticleId == db.Articles.Where(a => a.Slug == HtmlPages.SeedSlug).Max(a => a.Id))
            .OrderBy(c => c.Position)
            .Select(c => c.Key)
            .FirstAsync());

    [Fact]
    public async Task The_entity_page_sends_three_queries()
    {
        // The seed's most mentioned name: the listing with its revision, the entity with its mentions, their paragraphs
        // (a name also in the title or a byline would cost one more, for the source line around that mention).
        var key = await factory.WithDbAsync(db => db.Entities
            .Where(e => e.ArticleId == db.Articles.Where(a => a.Slug == HtmlPages.SeedSlug).Max(a => a.Id))
            .Where(e => e.Type != EntityType.Date && e.Type != EntityType.Quantity)
            .OrderByDescending(e => e.Mentions.Count)
            .ThenBy(e => e.Key)
            .Select(e => e.Key)
            .FirstAsync());

        var queries = await CountAsync($"{HtmlPages.SeedUrl}/entities/{key}");

        Assert.Equal(3, queries);
    }

    private async Task<int> CountAsync(string path)
    {
        using var client = factory.CreateClient();
        factory.Services.GetRequiredService<RememberedListings>().Forget(HtmlPages.SeedSlug);
        await factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageCaching.LibraryTag, default);
        factory.Counter.Clear();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await factory.Counter.NextRequestAsync();
    }

    /// <summary>The app with a <see cref="SqlCommandCounter"/> in its pipeline and database options.</summary>
    public sealed class CountingAppFactory : ReaderAppFactory
    {
        public SqlCommandCounter Counter { get; private set; } = null!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => Counter = SqlCommandCounter.AddTo(services));
        }
    }
}
