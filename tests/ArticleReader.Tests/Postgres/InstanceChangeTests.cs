using System.Diagnostics;
using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Ingestion;
using ArticleReader.Library;
using ArticleReader.Notes;
using ArticleReader.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Postgres;

/// <summary>
/// Two app hosts in this process on one PostgreSQL database: each hears the other's committed changes as its own. A
/// note drops the other's cached pages of the article and leaves its remembered listing alone (a note changes no
/// listing); a listing change makes the other forget the listing, so who may read the article is the same on both.
/// </summary>
public sealed class InstanceChangeTests : IRunsOnPostgres, IDisposable
{
    /// <summary>The other instance hears of a change by NOTIFY, a few milliseconds after the write: it is waited for at most this long.</summary>
    private static readonly TimeSpan NotificationLimit = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly PostgresAppFactory _a = new();
    private readonly PostgresAppFactory _b = new();

    public void Dispose()
    {
        _b.Dispose();
        _a.Dispose();
    }

    [ProviderFact]
    public async Task A_note_evicts_the_other_instances_pages_but_not_its_listing_and_a_listing_change_is_forgotten_there()
    {
        _b.Settings["ConnectionStrings:Default"] = _a.ConnectionString;
        using var anonymousB = _b.CreateClient();
        _a.CreateClient().Dispose();
        Assert.DoesNotContain("Written on A", await anonymousB.GetStringAsync(HtmlPages.SeedUrl), StringComparison.Ordinal);
        var remembered = await ListingOnBAsync();

        var id = await PublicNoteOnAAsync("Written on A, read on B");
        await WaitUntilAsync(async () => (await anonymousB.GetStringAsync(HtmlPages.SeedUrl)).Contains($"id=\"note-{id}\"", StringComparison.Ordinal));
        Assert.Same(remembered, await ListingOnBAsync());

        await using (var scope = _a.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ArticleLibrary>().SetVisibilityAsync(HtmlPages.SeedSlug, ArticleVisibility.Unlisted);
        }

        await WaitUntilAsync(async () => (await ListingOnBAsync())?.Listing.Visibility == ArticleVisibility.Unlisted);
    }

    private async Task<RememberedArticle?> ListingOnBAsync()
    {
        await using var scope = _b.Services.CreateAsyncScope();
        return await _b.Services.GetRequiredService<RememberedListings>().FindAsync(scope.ServiceProvider, HtmlPages.SeedSlug, default);
    }

    private async Task<int> PublicNoteOnAAsync(string body)
    {
        await using var scope = _a.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReaderDbContext>();
        var author = new ReaderUser { UserName = "a@example.org", Email = "a@example.org", DisplayName = "A" };
        db.Users.Add(author);
        await db.SaveChangesAsync();
        var notes = scope.ServiceProvider.GetRequiredService<NoteStore>();
        var revision = (await scope.ServiceProvider.GetRequiredService<ArticleStore>().CurrentAsync(HtmlPages.SeedSlug))!;
        var note = await notes.AddAsync(revision, new TextSpan(300, 340), author.Id, new NoteDraft(body, NoteVisibility.Public, []));
        return note.Id;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < NotificationLimit, $"the other instance did not hear of the change within {NotificationLimit.TotalSeconds} s");
            await Task.Delay(PollInterval);
        }
    }
}
