using System.Net;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Notes;

namespace ArticleReader.Tests.Hardening;

/// <summary>Absolute URLs come from <c>Reader:PublicBaseUrl</c>, never from the Host header a client sends.</summary>
public sealed class PublicUrlTests : IClassFixture<ReaderAppFactory>
{
    private const string Configured = "https://reader.example.org";
    private readonly ReaderAppFactory _factory;

    public PublicUrlTests(ReaderAppFactory factory)
    {
        factory.Settings["Reader:PublicBaseUrl"] = Configured;
        _factory = factory;
    }

    [Fact]
    public async Task Canonical_og_url_and_exported_links_use_the_configured_base_whatever_the_Host_header()
    {
        var author = await ReaderSession.RegisterAsync(_factory);
        var note = await author.AddNoteAsync(HtmlPages.SeedSlug, 300, 400, "A public note", "Public");
        author.Client.DefaultRequestHeaders.Host = "evil.example";
        var anonymous = ReaderSession.Anonymous(_factory);
        anonymous.Client.DefaultRequestHeaders.Host = "evil.example";

        foreach (var path in new[] { HtmlPages.SeedUrl, $"{HtmlPages.SeedUrl}/notes/{note}", $"{HtmlPages.SeedUrl}/timeline" })
        {
            var (response, page) = await anonymous.Client.GetPageAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Configured + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            if (page.QuerySelector("meta[property='og:url']") is { } ogUrl)
            {
                Assert.Equal(Configured + path, ogUrl.GetAttribute("content"));
            }

            Assert.DoesNotContain("evil.example", page.Source.Text, StringComparison.Ordinal);
        }

        var annotations = await anonymous.Client.GetStringAsync(new Uri($"/api/articles/{HtmlPages.SeedSlug}/annotations", UriKind.Relative));
        Assert.Contains($"\"{Configured}{HtmlPages.SeedUrl}/notes/{note}\"", annotations, StringComparison.Ordinal);
        var markdown = await author.Client.GetStringAsync(new Uri("/account/notes.md", UriKind.Relative));
        Assert.Contains($"({Configured}{HtmlPages.SeedUrl})", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", annotations + markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_Development_the_app_does_not_start_without_a_public_base_url()
    {
        using var unset = new ReaderAppFactory();
        unset.Settings["Reader:PublicBaseUrl"] = string.Empty;

        var failure = Assert.ThrowsAny<Exception>(() => unset.CreateClient());
        Assert.Contains("Reader:PublicBaseUrl", failure.ToString(), StringComparison.Ordinal);
    }
}
