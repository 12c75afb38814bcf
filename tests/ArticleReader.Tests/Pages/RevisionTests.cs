using System.Net;
using ArticleReader.Ingest;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Pages;

/// <summary>Claim links across revisions, on a copy of the seed under its own slug so the other tests keep one revision.</summary>
public class RevisionTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>, IDisposable
{
    private const string Slug = "revised-copy";
    private const string Dropped = "Then president Aliyev has visited the Islamic Republic in April 2014. ";
    private const string Edited = "During this visit Aliyev was accompanied by several Azerbaijani ministers";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [ProviderFact]
    public async Task A_claim_dropped_by_a_new_revision_is_gone_with_its_old_text_and_an_edited_one_keeps_its_link()
    {
        var original = await File.ReadAllTextAsync(RepositoryPaths.SeedArticle);
        Assert.Contains(Dropped, original, StringComparison.Ordinal);
        var revised = original
            .Replace(Dropped, string.Empty, StringComparison.Ordinal)
            .Replace(Edited, "During that visit Aliyev was accompanied by several Azerbaijani ministers", StringComparison.Ordinal);
        Assert.Equal(IngestOutcome.Created, (await factory.IngestAsync(_temp.File("original.txt", original), Slug)).Outcome);
        var client = factory.CreateClient();
        var droppedKey = ClaimKey.For(Dropped.Trim());
        var editedKey = ClaimKey.For(original.Substring(original.IndexOf(Edited, StringComparison.Ordinal), 136));

        // Cached as revision 1 before the new revision arrives: ingesting must evict it.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/articles/{Slug}/claims/{droppedKey}", UriKind.Relative))).StatusCode);
        Assert.Equal(IngestOutcome.Revised, (await factory.IngestAsync(_temp.File("revised.txt", revised), Slug)).Outcome);

        var (gone, page) = await client.GetPageAsync($"/articles/{Slug}/claims/{droppedKey}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("This claim is gone", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(Dropped.Trim(), page.QuerySelector("main blockquote")!.TextContent.Trim());
        Assert.Contains("revision 1", page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"main a[href='/articles/{Slug}']"));

        var (kept, keptPage) = await client.GetPageAsync($"/articles/{Slug}/claims/{editedKey}");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.StartsWith("During that visit", keptPage.QuerySelector("mark.claim")!.TextContent, StringComparison.Ordinal);

        var (_, reading) = await client.GetPageAsync($"/articles/{Slug}");
        Assert.Null(reading.GetElementById($"claim-{droppedKey}"));
        Assert.Contains("Revised text (version 2)", reading.QuerySelector(".article-tools")!.TextContent, StringComparison.Ordinal);
    }
}
