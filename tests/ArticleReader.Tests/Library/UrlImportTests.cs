using System.Net;
using ArticleReader.Data;
using ArticleReader.Library;
using ArticleReader.Tests.Notes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArticleReader.Tests.Library;

/// <summary>URL import against a local Kestrel server: what is fetched, and every address and answer that is refused.</summary>
public sealed class UrlImportTests : IAsyncLifetime
{
    private const string ArticleHtml = "<html><body><article><h1>Imported harbour notes</h1><p>The Harbour Authority of Lisbon said on 4 March 2021 that 12 percent of its cargo came from Chile.</p></article></body></html>";

    private WebApplication _server = null!;
    private int _hits;

    public string Origin { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.Use((context, next) =>
        {
            Interlocked.Increment(ref _hits);
            return next(context);
        });
        _server.MapGet("/article.html", () => Results.Text(ArticleHtml, "text/html; charset=utf-8"));
        _server.MapGet("/notes.md", () => Results.Text("# Markdown notes\n\nThe port of Lisbon grew in 2021.\n", "text/plain"));
        _server.MapGet("/picture", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        _server.MapGet("/stated-large", (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            context.Response.ContentLength = 6 * 1024 * 1024;
            return context.Response.Body.WriteAsync(new byte[6 * 1024 * 1024]).AsTask();
        });
        _server.MapGet("/streamed-large", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            var chunk = System.Text.Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
            for (var i = 0; i < 100; i++)
            {
                await context.Response.Body.WriteAsync(chunk);
            }
        });
        _server.MapGet("/slow", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            return Results.Text("late", "text/plain");
        });
        _server.MapGet("/hops/{n:int}", (int n) => n == 0 ? Results.Redirect("/article.html") : Results.Redirect($"/hops/{n - 1}"));
        _server.MapGet("/to", (string url) => Results.Redirect(url));
        await _server.StartAsync();
        Origin = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static UrlImporter Importer(params string[] allowed) => new(
        Options.Create(new LibraryOptions { UrlImport = new UrlImportOptions { AllowedTestNetworks = [.. allowed], TotalTimeout = TimeSpan.FromSeconds(10) } }),
        TimeProvider.System);

    [Fact]
    public async Task A_page_from_an_allowed_test_server_is_fetched_with_its_format_name_and_address()
    {
        using var importer = Importer("127.0.0.1/32");
        var page = await importer.FetchAsync(Origin + "/article.html");
        Assert.Equal((ArticleHtml, ArticleReader.Ingestion.Formats.ArticleFormat.Html, "article.html"), (page.Source, page.Format, page.SourceName));
        Assert.Equal(Origin + "/article.html", page.Url.AbsoluteUri);

        var markdown = await importer.FetchAsync(Origin + "/notes.md");
        Assert.Equal(ArticleReader.Ingestion.Formats.ArticleFormat.Markdown, markdown.Format);

        // Five redirects are followed; a sixth is refused.
        Assert.Equal("article.html", (await importer.FetchAsync(Origin + "/hops/4")).SourceName);
        Assert.Contains("redirects more than 5 times", (await Assert.ThrowsAsync<ImportRefusedException>(() => importer.FetchAsync(Origin + "/hops/5"))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/picture", "is image/png, not text/html, text/plain or text/markdown")]
    [InlineData("/stated-large", "over 5 MB")]
    [InlineData("/streamed-large", "over 5 MB")]
    [InlineData("/slow", "took longer than 10 seconds")]
    public async Task Answers_that_are_not_an_article_are_refused(string path, string message)
    {
        using var importer = Importer("127.0.0.1/32");
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.FetchAsync(Origin + path));
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/article.html")]
    [InlineData("http://127.8.9.10:{port}/article.html")]
    [InlineData("http://[::1]:{port}/article.html")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/article.html")]
    [InlineData("http://localhost:{port}/article.html")]
    [InlineData("http://app.localhost:{port}/article.html")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://172.31.255.254/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://0.0.0.0:{port}/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fd00:ec2::254]/")]
    public async Task Loopback_private_link_local_and_metadata_addresses_are_refused_with_the_allowlist_off(string address)
    {
        using var importer = Importer();
        var url = address.Replace("{port}", new Uri(Origin).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.FetchAsync(url));
        Assert.Contains("not fetched", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _hits);
    }

    [Theory]
    [InlineData("http://[::1]:{port}/article.html")]
    [InlineData("http://localhost:{port}/article.html")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://172.20.1.1/")]
    [InlineData("http://192.168.0.10/")]
    [InlineData("http://169.254.169.254/")]
    public async Task A_redirect_to_a_refused_address_is_refused(string target)
    {
        // Only the test server itself is allowed: where it redirects is checked again.
        using var importer = Importer("127.0.0.1/32");
        var port = new Uri(Origin).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var url = $"{Origin}/to?url={Uri.EscapeDataString(target.Replace("{port}", port, StringComparison.Ordinal))}";
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.FetchAsync(url));
        Assert.Contains("not fetched", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, _hits);
    }

    [Theory]
    [InlineData("ftp://example.org/article.txt")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not an address")]
    public async Task Only_http_and_https_addresses_are_fetched(string address)
    {
        using var importer = Importer();
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.FetchAsync(address));
        Assert.Contains("is not an http or https address", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Public_addresses_next_to_the_private_ranges_are_allowed()
    {
        using var importer = Importer();
        Assert.All(new[] { "8.8.8.8", "172.15.255.255", "172.32.0.1", "192.169.0.1", "169.255.0.1", "11.0.0.1", "2001:4860:4860::8888" },
            a => Assert.True(importer.IsAllowed(IPAddress.Parse(a)), a));
        Assert.All(new[] { "172.16.0.1", "172.31.255.255", "10.255.255.255", "192.168.255.255", "169.254.0.1", "127.0.0.1", "::1", "::ffff:10.0.0.1" },
            a => Assert.False(importer.IsAllowed(IPAddress.Parse(a)), a));
    }

    [Fact]
    public async Task The_add_form_imports_an_address_keeping_it_and_the_fetch_time_and_refuses_a_local_one_with_a_400()
    {
        using var app = new LibraryApp(new() { ["Library:UrlImport:AllowedTestNetworks:0"] = "127.0.0.1/32" });
        var owner = await ReaderSession.RegisterAsync(app.Factory);
        var response = await owner.SubmitAsync("/library/add", "form#add-address", new() { ["Address"] = Origin + "/article.html", ["Visibility"] = "Private" });
        var job = await LibraryApp.WaitForJobAsync(app.Factory, LibraryApp.JobId(response));
        Assert.Equal(IngestJobStatus.Done, job.Status);
        var listing = await app.Factory.WithDbAsync(db => db.Listings.SingleAsync(l => l.Slug == job.Slug));
        Assert.Equal(Origin + "/article.html", listing.SourceUrl);
        Assert.NotNull(listing.FetchedAt);

        var refused = await owner.SubmitAsync("/library/add", "form#add-address", new() { ["Address"] = "http://localhost/", ["Visibility"] = "Private" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("which is not fetched", (await ReaderSession.ParseAsync(refused)).QuerySelector("#add-problem")!.TextContent, StringComparison.Ordinal);
    }
}
