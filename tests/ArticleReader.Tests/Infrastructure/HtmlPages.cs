using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleReader.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Infrastructure;

/// <summary>Fetching and parsing pages of the app under test.</summary>
public static class HtmlPages
{
    public const string SeedSlug = "military-cooperation-between-israel-and-azerbaijan";

    public const string SeedUrl = "/articles/" + SeedSlug;

    /// <summary>The seed's reading page with every layer on: claims and their notes, names, flags and readers' notes.</summary>
    public const string SeedUrlAllLayers = SeedUrl + "?layers=claims,entities,flags,notes";

    public static async Task<(HttpResponseMessage Response, IDocument Page)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, page);
    }

    /// <summary>Ingests a file into the app's database in its own process, as start-up does (so cached pages are evicted).</summary>
    public static async Task<IngestResult> IngestAsync(this ReaderAppFactory factory, string path, string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleIngestor>().IngestAsync(path, slug);
    }

    /// <summary>The [start, end) range of a <c>…?char=START,END…</c> link.</summary>
    public static (int Start, int End) CharRange(string href)
    {
        var query = href[(href.IndexOf("?char=", StringComparison.Ordinal) + 6)..];
        var parts = query[..query.IndexOf('#', StringComparison.Ordinal)].Split(',');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
