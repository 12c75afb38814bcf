using System.Net;
using ArticleReader.Data;
using ArticleReader.Library;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Library;

/// <summary>
/// Every route that touches an article, for every kind of viewer (anonymous, another reader, the owner, an admin) and
/// every visibility: whoever may not read the article gets the same 404 as for an article that does not exist, and
/// only public articles (and a reader's own) are found in the library, the API's list, search and the sitemap.
/// The article is the seed, given to a reader for the test, so every page (claims, entities, flags, charts) has content.
/// </summary>
public class VisibilityMatrixTests : LibraryAppTests
{
    public VisibilityMatrixTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected VisibilityMatrixTests(DatabaseProvider provider)
        : base(provider)
    {
    }

    [ProviderFact]
    public async Task No_route_shows_an_article_to_a_viewer_who_may_not_read_it()
    {
        const string slug = HtmlPages.SeedSlug;
        var anonymous = ReaderSession.Anonymous(App.Factory);
        var owner = await ReaderSession.RegisterAsync(App.Factory, "Owner");
        var other = await ReaderSession.RegisterAsync(App.Factory, "Other");
        var admin = await ReaderSession.RegisterAsync(App.Factory, "Admin", LibraryApp.Admin);
        var routes = await RoutesOfAsync(slug, owner);
        Viewer[] viewers = [new("anonymous", anonymous, false, false), new("another reader", other, false, false), new("owner", owner, true, false), new("admin", admin, false, true)];

        var cells = 0;
        var leaks = new List<string>();
        foreach (var visibility in Enum.GetValues<ArticleVisibility>())
        {
            await using (var scope = App.Factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ArticleLibrary>().SetVisibilityAsync(slug, visibility);
            }

            // Each viewer twice, so that a page cached for one could be served to the next.
            foreach (var viewer in viewers.Concat(viewers))
            {
                cells += await CheckRoutesAsync(routes, viewer, visibility, leaks);
                cells += await CheckManageAsync(slug, viewer, visibility, leaks);
                cells += await CheckFindsAsync(slug, viewer, visibility, leaks);
            }
        }

        Assert.Equal(3 * 8 * (routes.Length + 1 + 5), cells);
        Assert.Empty(leaks);
    }

    private sealed record Viewer(string Name, ReaderSession Session, bool Owns, bool IsAdmin);

    /// <summary>Gives the seed to <paramref name="owner"/> with a public note of theirs, and lists every route that shows it.</summary>
    private async Task<string[]> RoutesOfAsync(string slug, ReaderSession owner)
    {
        var keys = await App.Factory.WithDbAsync(async db =>
        {
            var ownerId = await db.Users.Where(u => u.Email == owner.Email).Select(u => u.Id).SingleAsync();
            await db.Listings.Where(l => l.Slug == slug).ExecuteUpdateAsync(set => set.SetProperty(l => l.OwnerId, ownerId));
            var article = await db.Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
            return (
                Claim: await db.Claims.Where(c => c.ArticleId == article).Select(c => c.Key).FirstAsync(),
                Entity: await db.Entities.Where(e => e.ArticleId == article).Select(e => e.Key).FirstAsync(),
                Flag: await db.Flags.Where(f => f.ArticleId == article).Select(f => f.Key).FirstAsync());
        });
        var note = await owner.AddNoteAsync(slug, 300, 340, "A public note of the owner", "Public");
        return
        [
            $"/articles/{slug}",
            $"/articles/{slug}/source",
            $"/articles/{slug}/source?char=300,340",
            $"/articles/{slug}/claims/{keys.Claim}",
            $"/articles/{slug}/claims/{keys.Claim}/card.png",
            $"/articles/{slug}/card.png",
            $"/articles/{slug}/entities/{keys.Entity}",
            $"/articles/{slug}/flags/{keys.Flag}",
            $"/articles/{slug}/timeline",
            $"/articles/{slug}/actors",
            $"/articles/{slug}/notes/{note}",
            $"/api/articles/{slug}",
            $"/api/articles/{slug}/annotations",
        ];
    }

    /// <summary>The article's own routes: 200 for whoever may read it, else the 404 of an unknown article, with nothing of it.</summary>
    private static async Task<int> CheckRoutesAsync(string[] routes, Viewer viewer, ArticleVisibility visibility, List<string> leaks)
    {
        var readable = viewer.Owns || viewer.IsAdmin || visibility != ArticleVisibility.Private;
        foreach (var route in routes)
        {
            var response = await viewer.Session.Client.GetAsync(new Uri(route, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            var expected = readable ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            if (response.StatusCode != expected || (!readable && body.Contains("Azerbaijan", StringComparison.Ordinal)))
            {
                leaks.Add($"{visibility} {viewer.Name} {route}: {(int)response.StatusCode}");
            }
        }

        return routes.Length;
    }

    /// <summary>The owner's tools: owners and admins only; a signed-in stranger gets 404, an anonymous one the login.</summary>
    private static async Task<int> CheckManageAsync(string slug, Viewer viewer, ArticleVisibility visibility, List<string> leaks)
    {
        var manage = await viewer.Session.Client.GetAsync(new Uri($"/articles/{slug}/manage", UriKind.Relative));
        var expected = viewer.Owns || viewer.IsAdmin ? HttpStatusCode.OK : viewer.Name == "anonymous" ? HttpStatusCode.Redirect : HttpStatusCode.NotFound;
        if (manage.StatusCode != expected)
        {
            leaks.Add($"{visibility} {viewer.Name} manage: {(int)manage.StatusCode}");
        }

        return 1;
    }

    /// <summary>Where an article is found (library, the API's list, search, sitemap): public ones, and a reader's own.</summary>
    private static async Task<int> CheckFindsAsync(string slug, Viewer viewer, ArticleVisibility visibility, List<string> leaks)
    {
        var listed = visibility == ArticleVisibility.Public || viewer.Owns;
        var finds = new (string Route, Func<string, bool> Shows)[]
        {
            ("/", body => body.Contains($"href=\"/articles/{slug}\"", StringComparison.Ordinal)),
            ("/?shelf=mine", body => body.Contains($"href=\"/articles/{slug}\"", StringComparison.Ordinal)),
            ("/api/articles", body => body.Contains($"\"slug\":\"{slug}\"", StringComparison.Ordinal) || body.Contains($"\"slug\": \"{slug}\"", StringComparison.Ordinal)),
            ("/search?q=Dehqan", body => body.Contains($"/articles/{slug}", StringComparison.Ordinal)),
            ("/sitemap.xml", body => body.Contains($"/articles/{slug}<", StringComparison.Ordinal)),
        };
        foreach (var (route, shows) in finds)
        {
            var expected = route switch
            {
                "/" or "/sitemap.xml" => visibility == ArticleVisibility.Public,
                // Without an account there is no shelf of one's own: the public shelf is shown.
                "/?shelf=mine" => viewer.Owns || (viewer.Name == "anonymous" && visibility == ArticleVisibility.Public),
                _ => listed,
            };
            var body = await viewer.Session.Client.GetStringAsync(new Uri(route, UriKind.Relative));
            if (shows(body) != expected)
            {
                leaks.Add($"{visibility} {viewer.Name} {route}: {(shows(body) ? "listed" : "not listed")}");
            }
        }

        return finds.Length;
    }

    [ProviderFact]
    public async Task A_deleted_article_is_gone_for_readers_while_their_notes_stay_exportable()
    {
        const string slug = HtmlPages.SeedSlug;
        var owner = await ReaderSession.RegisterAsync(App.Factory, "Owner");
        var reader = await ReaderSession.RegisterAsync(App.Factory, "Reader");
        await App.Factory.WithDbAsync(async db =>
        {
            var ownerId = await db.Users.Where(u => u.Email == owner.Email).Select(u => u.Id).SingleAsync();
            return await db.Listings.Where(l => l.Slug == slug).ExecuteUpdateAsync(set => set.SetProperty(l => l.OwnerId, ownerId));
        });
        await reader.AddNoteAsync(slug, 300, 340, "My own reading of this passage");

        var delete = await owner.SubmitAsync($"/articles/{slug}/manage", "form#manage-delete", []);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync(new Uri($"/articles/{slug}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Client.GetAsync(new Uri($"/articles/{slug}", UriKind.Relative))).StatusCode);
        var export = await reader.Client.GetStringAsync(new Uri("/account/notes.md", UriKind.Relative));
        Assert.Contains("My own reading of this passage", export, StringComparison.Ordinal);
        Assert.Equal(1, await App.Factory.WithDbAsync(db => db.Notes.CountAsync()));
    }
}
