using System.Diagnostics;
using System.Globalization;
using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PageQueries;

/// <summary>
/// SQL commands and milliseconds per request of the pages that show one part of an article (a claim, an entity) and of
/// the JSON API, on the seeded app over a fresh SQLite file, served in process:
///   dotnet run -c Release --project bench/PageQueries -- [requests]
/// Every request is anonymous and the output cache is emptied before it (outside the timing), so each one is rendered:
/// what a page costs when the cache does not have it. The first request of each page is shown apart (nothing of the
/// article is remembered in memory yet); then the median over the given number of requests (default 50).
/// </summary>
internal static class Bench
{
    public static async Task Main(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var folder = Path.Combine(Path.GetTempPath(), "articlereader-page-queries-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            SqlCommandCounter counter = null!;
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Testing");
                b.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(folder, "pages.db")}");
                b.UseSetting("Reader:PublicBaseUrl", "http://localhost");
                b.UseSetting("Accounts:MailPickupPath", Path.Combine(folder, "mail"));
                b.ConfigureLogging(l => l.ClearProviders());
                b.ConfigureTestServices(s => counter = SqlCommandCounter.AddTo(s));
            });
            using var client = factory.CreateClient();
            var (slug, claim, entity) = await PickAsync(factory.Services);
            var pages = new (string Name, string Path)[]
            {
                ("claim page", $"/articles/{slug}/claims/{claim}"),
                ("entity page", $"/articles/{slug}/entities/{entity}"),
                ("API list", "/api/articles"),
                ("API document", $"/api/articles/{slug}"),
                // The document above keeps the revision in memory, as a reader opening the article does.
                ("claim page, revision kept", $"/articles/{slug}/claims/{claim}"),
            };

            var cache = factory.Services.GetRequiredService<IOutputCacheStore>();
            Console.WriteLine($"{requests} requests a page after the first, anonymous, output cache emptied before each");
            Console.WriteLine();
            Console.WriteLine("| page | first request: SQL commands | ms | then: SQL commands per request | median ms |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var (name, path) in pages)
            {
                var (timings, counts) = await MeasureAsync(client, cache, counter, path, requests);
                var rest = timings.Skip(1).Order().ToList();
                var perRequest = counts.Skip(1).Distinct().Order().ToList();
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {name} | {counts[0]} | {timings[0]:0.0} | {string.Join("–", perRequest.Count == 1 ? perRequest : [perRequest[0], perRequest[^1]])} | {rest[rest.Count / 2]:0.00} |"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The milliseconds and SQL commands of one request and then <paramref name="requests"/> more, each rendered.</summary>
    private static async Task<(List<double> Timings, List<int> Counts)> MeasureAsync(
        HttpClient client, IOutputCacheStore cache, SqlCommandCounter counter, string path, int requests)
    {
        var timings = new List<double>();
        var counts = new List<int>();
        for (var i = 0; i <= requests; i++)
        {
            await cache.EvictByTagAsync("library", default);
            counter.Clear();
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync();
            timings.Add(clock.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
            counts.Add(await counter.NextRequestAsync());
        }

        return (timings, counts);
    }

    /// <summary>The first seeded article, its middle claim and its most mentioned named entity.</summary>
    private static async Task<(string Slug, string Claim, string Entity)> PickAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReaderDbContext>();
        var article = await db.Articles.OrderBy(a => a.Slug).ThenByDescending(a => a.Revision).FirstAsync();
        var claims = await db.Claims.Where(c => c.ArticleId == article.Id).OrderBy(c => c.Position).Select(c => c.Key).ToListAsync();
        var entity = await db.Entities
            .Where(e => e.ArticleId == article.Id && e.Type != ArticleReader.Ingestion.Entities.EntityType.Date && e.Type != ArticleReader.Ingestion.Entities.EntityType.Quantity)
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Key).Select(e => e.Key).FirstAsync();
        return (article.Slug, claims[claims.Count / 2], entity);
    }
}
