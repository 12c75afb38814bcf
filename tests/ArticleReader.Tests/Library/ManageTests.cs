using System.Net;
using ArticleReader.Accounts;
using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Notes;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Library;

/// <summary>What owners and admins change about an article, the library's shelves and pages, the sitemap and the admin command.</summary>
public class ManageTests : LibraryAppTests
{
    public ManageTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected ManageTests(DatabaseProvider provider)
        : base(provider)
    {
    }

    [ProviderFact]
    public async Task The_owner_renames_tags_shares_and_revises_an_article_and_notes_follow_the_revision()
    {
        var owner = await ReaderSession.RegisterAsync(App.Factory, "Owner");
        var job = await LibraryApp.WaitForJobAsync(App.Factory, await LibraryApp.PasteAsync(owner, SampleArticles.Text("Original title here")));
        var slug = job.Slug;
        var source = await App.Factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == slug).Select(a => a.SourceText).SingleAsync());
        var start = source.IndexOf("Critics were less sure.", StringComparison.Ordinal);
        var note = await owner.AddNoteAsync(slug, start, start + "Critics were less sure.".Length, "Who are the critics?");

        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync($"/articles/{slug}/manage", "form#manage-rename", new() { ["NewTitle"] = "A better title" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync($"/articles/{slug}/manage", "form#manage-tags", new() { ["Tags"] = "Ports, Trade" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync($"/articles/{slug}/manage", "form#manage-visibility", new() { ["Visibility"] = "Public" })).StatusCode);
        Assert.Equal("A better title", (await owner.GetDocumentAsync($"/articles/{slug}")).QuerySelector("h1")!.TextContent);

        // The public library finds it by tag; the anonymous page shows the new title.
        var byTag = await ReaderSession.Anonymous(App.Factory).GetDocumentAsync("/?tag=trade");
        Assert.Equal(["A better title"], byTag.QuerySelectorAll(".library-item h2 a").Select(a => a.TextContent));
        Assert.Contains("public", byTag.QuerySelector(".library-item .card-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Added by Owner", byTag.QuerySelector(".library-item .card-facts")!.TextContent, StringComparison.Ordinal);

        var revised = SampleArticles.Text("Original title here") + "\n\nA closing paragraph added in the second revision, dated 5 May 2022.";
        var revision = await owner.SubmitAsync($"/articles/{slug}/manage", "form#manage-revision-text", new() { ["Text"] = revised, ["Markdown"] = "false" });
        var revisionJob = await LibraryApp.WaitForJobAsync(App.Factory, LibraryApp.JobId(revision));
        Assert.Equal((IngestJobStatus.Done, slug), (revisionJob.Status, revisionJob.Slug));

        var current = await App.Factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == slug).OrderByDescending(a => a.Revision).FirstAsync());
        Assert.Equal((2, "A better title"), (current.Revision, current.Title));
        var moved = await App.Factory.WithDbAsync(db => db.Notes.SingleAsync(n => n.Id == note));
        Assert.Equal((AnchorStatus.Anchored, current.Id), (moved.AnchorStatus, moved.ArticleId));
    }

    [ProviderFact]
    public async Task Made_private_an_article_read_a_moment_ago_is_gone_for_everyone_else_at_once()
    {
        var owner = await ReaderSession.RegisterAsync(App.Factory, "Owner");
        var job = await LibraryApp.WaitForJobAsync(App.Factory, await LibraryApp.PasteAsync(owner, SampleArticles.Text("Briefly public"), "Public"));
        var anonymous = ReaderSession.Anonymous(App.Factory);
        var page = new Uri($"/articles/{job.Slug}", UriKind.Relative);
        var api = new Uri($"/api/articles/{job.Slug}", UriKind.Relative);
        // Read twice: the access check now remembers the listing and the page is in the output cache.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Client.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Client.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Client.GetAsync(api)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync($"/articles/{job.Slug}/manage", "form#manage-visibility", new() { ["Visibility"] = "Private" })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync(api)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync(page)).StatusCode);
    }

    [ProviderFact]
    public async Task Another_reader_cannot_manage_an_article_and_an_admin_can_feature_and_hide_it()
    {
        var owner = await ReaderSession.RegisterAsync(App.Factory, "Owner");
        var other = await ReaderSession.RegisterAsync(App.Factory, "Other");
        var admin = await ReaderSession.RegisterAsync(App.Factory, "Admin", LibraryApp.Admin);
        var job = await LibraryApp.WaitForJobAsync(App.Factory, await LibraryApp.PasteAsync(owner, SampleArticles.Text("Shared widely"), "Public"));

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(new Uri($"/articles/{job.Slug}/manage", UriKind.Relative))).StatusCode);
        var token = await other.TokenAsync("/library/add");
        var forged = await other.PostAsync($"/articles/{job.Slug}/manage?handler=Visibility", [new("__RequestVerificationToken", token), new("Visibility", "Private")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(ArticleVisibility.Public, await App.Factory.WithDbAsync(db => db.Listings.Where(l => l.Slug == job.Slug).Select(l => l.Visibility).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/articles/{job.Slug}/manage", "form#manage-feature", [])).StatusCode);
        var library = await ReaderSession.Anonymous(App.Factory).GetDocumentAsync("/");
        Assert.Equal("Shared widely", library.QuerySelector(".library-item h2 a")!.TextContent);
        Assert.Contains("featured", library.QuerySelector(".library-item .card-facts")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/articles/{job.Slug}/manage", "form#manage-hide", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(new Uri($"/articles/{job.Slug}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync(new Uri($"/articles/{job.Slug}", UriKind.Relative))).StatusCode);

        // Admins manage accounts; readers may not.
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);
        var accounts = await admin.GetDocumentAsync("/admin/users");
        Assert.Equal(3, accounts.QuerySelectorAll("table.accounts tbody tr").Length);
    }

    [ProviderFact]
    public async Task The_library_pages_past_twenty_filters_by_author_and_the_sitemap_lists_public_articles_only()
    {
        var owner = await ReaderSession.RegisterAsync(App.Factory, "Owner");
        await App.Factory.WithDbAsync(async db =>
        {
            var ownerId = await db.Users.Where(u => u.Email == owner.Email).Select(u => u.Id).SingleAsync();
            // Listings without text are enough for the owner's shelf: their jobs are not the point here.
            for (var i = 0; i < 23; i++)
            {
                db.Listings.Add(new ArticleListing { Slug = $"shelved-{i:00}", OwnerId = ownerId, AddedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i) });
            }

            return await db.SaveChangesAsync();
        });

        var first = await owner.GetDocumentAsync("/?shelf=mine");
        Assert.Equal(20, first.QuerySelectorAll(".library-item").Length);
        Assert.Equal("shelved-22", first.QuerySelector(".library-item h2")!.TextContent.Trim());
        Assert.Equal("/?shelf=mine&p=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        var second = await owner.GetDocumentAsync("/?shelf=mine&p=2");
        Assert.Equal(["shelved-02", "shelved-01", "shelved-00"], second.QuerySelectorAll(".library-item h2").Select(h => h.TextContent.Trim()));
        var oldest = await owner.GetDocumentAsync("/?shelf=mine&sort=oldest");
        Assert.Equal("shelved-00", oldest.QuerySelector(".library-item h2")!.TextContent.Trim());

        var anonymous = ReaderSession.Anonymous(App.Factory);
        var byAuthor = await anonymous.GetDocumentAsync("/?author=Heydar+Mirza");
        Assert.Equal([HtmlPages.SeedUrl], byAuthor.QuerySelectorAll(".library-item h2 a").Select(a => a.GetAttribute("href")));
        Assert.Empty((await anonymous.GetDocumentAsync("/?author=Nobody+Known")).QuerySelectorAll(".library-item"));

        var sitemap = System.Xml.Linq.XDocument.Parse(await anonymous.Client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        Assert.Equal(
            ["http://localhost" + HtmlPages.SeedUrl],
            sitemap.Descendants(ArticleReader.Api.LibraryEndpoints.SitemapNamespace + "loc").Select(l => l.Value));
    }

    [ProviderFact]
    public async Task The_admin_command_makes_an_admin_from_a_password_on_standard_input_and_refuses_bad_input()
    {
        var settings = new KeyValuePair<string, string?>[] { new("ConnectionStrings:Default", App.ConnectionString), new(DatabaseSettings.ProviderKey, Provider.ToString()) };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await AdminCommand.RunAsync(["create", "chief@example.org", "--name", "Chief"], new StringReader("Chief-Password-7\n"), stdout, stderr, settings);
        Assert.Equal((0, "chief@example.org is an admin\n"), (exit, stdout.ToString()));

        var admin = ReaderSession.Anonymous(App.Factory);
        var login = await admin.SubmitAsync("/account/login", "form.account-form", new() { ["Input.Email"] = "chief@example.org", ["Input.Password"] = "Chief-Password-7" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);

        using var weakErr = new StringWriter();
        Assert.Equal(2, await AdminCommand.RunAsync(["create", "weak@example.org"], new StringReader("short\n"), TextWriter.Null, weakErr, settings));
        Assert.StartsWith("admin: weak@example.org: Passwords must be at least 6 characters.", weakErr.ToString(), StringComparison.Ordinal);
        using var usageErr = new StringWriter();
        Assert.Equal(2, await AdminCommand.RunAsync(["make"], TextReader.Null, TextWriter.Null, usageErr, settings));
        Assert.StartsWith("admin: unknown subcommand make", usageErr.ToString(), StringComparison.Ordinal);
    }
}
