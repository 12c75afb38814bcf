using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Notes;

/// <summary>Search finds the notes a reader may see, and only those.</summary>
public class NoteSearchTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string Slug = HtmlPages.SeedSlug;

    [ProviderFact]
    public async Task Search_finds_public_notes_for_everyone_and_private_notes_only_for_their_author()
    {
        var alice = await ReaderSession.RegisterAsync(factory, "Alice Searcher");
        var bob = await ReaderSession.RegisterAsync(factory, "Bob Searcher");
        var page = await alice.GetDocumentAsync(HtmlPages.SeedUrl);
        var paragraph = page.GetElementById("p-2")!;
        var (start, end) = (int.Parse(paragraph.GetAttribute("data-start")!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(paragraph.GetAttribute("data-end")!, System.Globalization.CultureInfo.InvariantCulture));
        var secret = await alice.AddNoteAsync(Slug, start, end, "A zanzibarian hunch about pragmatism");
        var shared = await alice.AddNoteAsync(Slug, start, end, "A zanzibarian reading, shared", "Public");

        var own = await alice.GetDocumentAsync("/search?q=zanzibarian");
        Assert.NotNull(own.QuerySelector($".search-hit-note a[href='/articles/{Slug}/notes/{secret}']"));
        Assert.NotNull(own.QuerySelector($".search-hit-note a[href='/articles/{Slug}/notes/{shared}']"));
        Assert.Contains(own.QuerySelectorAll(".search-hit-note .search-snippet mark"), m => m.TextContent == "zanzibarian");

        foreach (var other in new[] { bob, ReaderSession.Anonymous(factory) })
        {
            var results = await other.GetDocumentAsync("/search?q=zanzibarian");
            Assert.Null(results.QuerySelector($"a[href='/articles/{Slug}/notes/{secret}']"));
            Assert.NotNull(results.QuerySelector($"a[href='/articles/{Slug}/notes/{shared}']"));
            Assert.DoesNotContain("hunch", results.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [ProviderFact]
    public async Task An_edited_or_deleted_note_is_searched_as_it_now_is()
    {
        var carol = await ReaderSession.RegisterAsync(factory, "Carol Editor");
        var page = await carol.GetDocumentAsync(HtmlPages.SeedUrl);
        var paragraph = page.GetElementById("p-3")!;
        var (start, end) = (int.Parse(paragraph.GetAttribute("data-start")!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(paragraph.GetAttribute("data-end")!, System.Globalization.CultureInfo.InvariantCulture));
        var id = await carol.AddNoteAsync(Slug, start, end, "quixotically worded", "Public");
        Assert.NotNull((await carol.GetDocumentAsync("/search?q=quixotically")).QuerySelector($"a[href='/articles/{Slug}/notes/{id}']"));

        await factory.WithDbAsync(async db =>
        {
            var note = await db.Notes.FindAsync(id);
            note!.Body = "plainly worded";
            await db.SaveChangesAsync();
            return 0;
        });
        Assert.Null((await carol.GetDocumentAsync("/search?q=quixotically")).QuerySelector($"a[href='/articles/{Slug}/notes/{id}']"));
        Assert.NotNull((await carol.GetDocumentAsync("/search?q=plainly")).QuerySelector($"a[href='/articles/{Slug}/notes/{id}']"));

        await factory.WithDbAsync(async db =>
        {
            db.Notes.Remove((await db.Notes.FindAsync(id))!);
            await db.SaveChangesAsync();
            return 0;
        });
        Assert.Null((await carol.GetDocumentAsync("/search?q=plainly")).QuerySelector($"a[href='/articles/{Slug}/notes/{id}']"));
    }
}
