using System.Net;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Notes;

/// <summary>Who sees and may change which notes, threads, tags and permalinks.</summary>
public class NoteVisibilityTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string Slug = HtmlPages.SeedSlug;

    [ProviderFact]
    public async Task A_private_note_shows_only_to_its_author_and_a_public_one_to_everyone_with_the_display_name()
    {
        var alice = await ReaderSession.RegisterAsync(factory, "Alice Private");
        var bob = await ReaderSession.RegisterAsync(factory, "Bob Other");
        var (start, end) = await ParagraphAsync(5);
        var secret = await alice.AddNoteAsync(Slug, start, end, "My secret thought");
        var shared = await alice.AddNoteAsync(Slug, start, end, "A public thought", "Public");

        var own = await alice.GetDocumentAsync(HtmlPages.SeedUrl);
        var ownNote = own.QuerySelector($"aside.margin-notes article.margin-note#note-{secret}")!;
        Assert.Contains("My secret thought", ownNote.QuerySelector(".note-body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("private", ownNote.QuerySelector(".note-visibility")!.TextContent);
        Assert.NotNull(own.QuerySelector($"mark.note-anchor#anchor-{secret}"));
        Assert.NotNull(own.QuerySelector($"a.note-ref[href='#note-{secret}']"));
        Assert.NotNull(ownNote.QuerySelector($"a[href='#anchor-{secret}']"));
        Assert.Equal($"p-5", own.QuerySelector($"#note-{secret}")!.ParentElement!.PreviousElementSibling!.PreviousElementSibling!.Id);

        foreach (var other in new[] { bob, ReaderSession.Anonymous(factory) })
        {
            var page = await other.GetDocumentAsync(HtmlPages.SeedUrl);
            Assert.Null(page.GetElementById($"note-{secret}"));
            Assert.Null(page.GetElementById($"anchor-{secret}"));
            Assert.DoesNotContain("My secret thought", page.Body!.TextContent, StringComparison.Ordinal);
            var publicNote = page.QuerySelector($"article.margin-note#note-{shared}")!;
            Assert.Equal("Alice Private", publicNote.QuerySelector(".note-author")!.TextContent);
            Assert.Equal("public", publicNote.QuerySelector(".note-visibility")!.TextContent);
            Assert.NotNull(publicNote.QuerySelector("time[datetime]"));
            Assert.Null(publicNote.QuerySelector("a.note-edit"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.GetAsync(new Uri($"/articles/{Slug}/notes/{secret}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alice.Client.GetAsync(new Uri($"/articles/{Slug}/notes/{secret}", UriKind.Relative))).StatusCode);
    }

    [ProviderFact]
    public async Task Signed_in_readers_never_get_the_anonymous_cached_page_nor_fill_it()
    {
        var anonymous = ReaderSession.Anonymous(factory);
        await anonymous.GetDocumentAsync(HtmlPages.SeedUrl);
        var alice = await ReaderSession.RegisterAsync(factory, "Alice Cache");
        var (start, end) = await ParagraphAsync(6);
        var secret = await alice.AddNoteAsync(Slug, start, end, "Not for the cache");

        var own = await alice.GetDocumentAsync(HtmlPages.SeedUrl);
        var cached = await anonymous.GetDocumentAsync(HtmlPages.SeedUrl);

        Assert.NotNull(own.GetElementById($"note-{secret}"));
        Assert.Contains("Alice Cache", own.QuerySelector(".account-nav")!.TextContent, StringComparison.Ordinal);
        Assert.Null(cached.GetElementById($"note-{secret}"));
        Assert.DoesNotContain("Alice Cache", cached.Body!.TextContent, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task A_signed_in_readers_page_is_cached_for_them_alone_and_its_forms_still_post()
    {
        var alice = await ReaderSession.RegisterAsync(factory, "Alice Kept");
        var bob = await ReaderSession.RegisterAsync(factory, "Bob Kept");
        var (start, end) = await ParagraphAsync(8);
        var secret = await alice.AddNoteAsync(Slug, start, end, "Kept for Alice only");

        // The first page shows "Saved." and clears its one-time cookie, so it is not kept; the second is.
        await alice.GetDocumentAsync(HtmlPages.SeedUrl);
        await alice.GetDocumentAsync(HtmlPages.SeedUrl);
        var (again, cached) = await alice.Client.GetPageAsync(HtmlPages.SeedUrl);
        var bobs = await bob.GetDocumentAsync(HtmlPages.SeedUrl);

        Assert.NotNull(again.Headers.Age);
        Assert.NotNull(cached.GetElementById($"note-{secret}"));
        Assert.Contains("Alice Kept", cached.QuerySelector(".account-nav")!.TextContent, StringComparison.Ordinal);
        Assert.Null(bobs.GetElementById($"note-{secret}"));
        Assert.Contains("Bob Kept", bobs.QuerySelector(".account-nav")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice Kept", bobs.Body!.TextContent, StringComparison.Ordinal);

        // The cached page's form token posts, and the new note shows on Alice's next page at once.
        var token = cached.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await alice.PostAsync($"/articles/{Slug}/notes/new?start={start}&end={end}", [
            new("__RequestVerificationToken", token), new("Input.Body", "Written from a cached page"), new("Input.Visibility", "Private")]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await alice.GetDocumentAsync(HtmlPages.SeedUrl);
        Assert.Contains("Written from a cached page", after.Body!.TextContent, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Others_cannot_edit_or_delete_a_note_and_nothing_changes_but_its_author_can()
    {
        var alice = await ReaderSession.RegisterAsync(factory);
        var bob = await ReaderSession.RegisterAsync(factory);
        var (start, end) = await ParagraphAsync(7);
        var shared = await alice.AddNoteAsync(Slug, start, end, "Original public", "Public");
        var secret = await alice.AddNoteAsync(Slug, start, end, "Original private");
        var token = await bob.TokenAsync($"/articles/{Slug}/notes/new?start={start}&end={end}");

        foreach (var (id, status) in new[] { (shared, HttpStatusCode.Forbidden), (secret, HttpStatusCode.NotFound) })
        {
            Assert.Equal(status, (await bob.Client.GetAsync(new Uri($"/articles/{Slug}/notes/{id}/edit", UriKind.Relative))).StatusCode);
            var edit = await bob.PostAsync($"/articles/{Slug}/notes/{id}/edit", [new("Input.Body", "Hijacked"), new("Input.Visibility", "Public"), new("__RequestVerificationToken", token)]);
            Assert.Equal(status, edit.StatusCode);
            var delete = await bob.PostAsync($"/articles/{Slug}/notes/{id}/delete", [new("__RequestVerificationToken", token)]);
            Assert.Equal(status, delete.StatusCode);
        }

        var bodies = await factory.WithDbAsync(db => db.Notes.Where(n => n.Id == shared || n.Id == secret).OrderBy(n => n.Id).Select(n => n.Body).ToListAsync());
        Assert.Equal(["Original public", "Original private"], bodies);

        var edited = await alice.SubmitAsync($"/articles/{Slug}/notes/{shared}/edit", "form.note-form", new() { ["Input.Body"] = "Edited by Alice", ["Input.Tags"] = "Later" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var note = await factory.WithDbAsync(db => db.Notes.SingleAsync(n => n.Id == shared));
        Assert.Equal(("Edited by Alice", "later"), (note.Body, Assert.Single(note.Tags)));
        Assert.Equal(ArticleReader.Data.NoteVisibility.Public, note.Visibility);

        var deleted = await alice.SubmitAsync($"/articles/{Slug}/notes/{secret}/delete", "form.delete-form", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Notes.AnyAsync(n => n.Id == secret)));
    }

    [ProviderFact]
    public async Task Replies_form_a_thread_under_a_public_note_and_tags_filter_the_margin()
    {
        var alice = await ReaderSession.RegisterAsync(factory, "Alice Thread");
        var bob = await ReaderSession.RegisterAsync(factory, "Bob Replier");
        var (start, end) = await ParagraphAsync(8);
        var tagged = await alice.AddNoteAsync(Slug, start, end, "Tagged root", "Public", "Drones, history");
        var untagged = await alice.AddNoteAsync(Slug, start, end, "Untagged root", "Public");

        var reply = await bob.SubmitAsync(HtmlPages.SeedUrl, $"#note-{tagged} form.reply-form", new() { ["Body"] = "I disagree" });
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        var page = await ReaderSession.Anonymous(factory).GetDocumentAsync(HtmlPages.SeedUrl);
        var thread = page.GetElementById($"note-{tagged}")!;
        var replyNote = Assert.Single(thread.QuerySelectorAll(".note-replies article.margin-note"));
        Assert.Equal("Bob Replier", replyNote.QuerySelector(".note-author")!.TextContent);
        Assert.Contains("I disagree", replyNote.TextContent, StringComparison.Ordinal);
        Assert.Equal(["#drones", "#history"], thread.QuerySelectorAll(":scope > .note-meta .note-tag").Select(t => t.TextContent));
        Assert.Null(page.QuerySelector("form.reply-form"));

        var filtered = await ReaderSession.Anonymous(factory).GetDocumentAsync(HtmlPages.SeedUrl + "?tag=DRONES");
        Assert.NotNull(filtered.GetElementById($"note-{tagged}"));
        Assert.NotNull(filtered.GetElementById($"note-{(await factory.WithDbAsync(db => db.Notes.SingleAsync(n => n.ParentId == tagged))).Id}"));
        Assert.Null(filtered.GetElementById($"note-{untagged}"));
        Assert.Contains("#drones", filtered.QuerySelector(".note-filter")!.TextContent, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task A_private_note_takes_no_replies()
    {
        var alice = await ReaderSession.RegisterAsync(factory);
        var (start, end) = await ParagraphAsync(9);
        var secret = await alice.AddNoteAsync(Slug, start, end, "Private, no thread");

        var page = await alice.GetDocumentAsync(HtmlPages.SeedUrl);

        Assert.Null(page.QuerySelector($"#note-{secret} form.reply-form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.Client.GetAsync(new Uri($"/articles/{Slug}/notes/{secret}/reply", UriKind.Relative))).StatusCode);
    }

    [ProviderFact]
    public async Task A_public_notes_permalink_has_open_graph_tags_with_the_quote_and_the_body_as_text()
    {
        var alice = await ReaderSession.RegisterAsync(factory, "Alice Shares");
        var (start, end) = await ParagraphAsync(10);
        var body = "**Worth** reading: [source](https://example.org). " + new string('z', 300);
        var id = await alice.AddNoteAsync(Slug, start, end, body, "Public");
        var quote = await factory.WithDbAsync(db => db.Notes.Where(n => n.Id == id).Select(n => n.QuoteExact).SingleAsync());

        var (response, page) = await ReaderSession.Anonymous(factory).Client.GetPageAsync($"/articles/{Slug}/notes/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The title is the quote, shortened at a word to fit share cards.
        var title = page.QuerySelector("meta[property='og:title']")!.GetAttribute("content")!;
        Assert.InRange(title.Length, 1, 90);
        Assert.StartsWith(title.TrimEnd('…'), quote, StringComparison.Ordinal);
        var description = page.QuerySelector("meta[property='og:description']")!.GetAttribute("content")!;
        Assert.True(description.StartsWith("Worth reading: source. zzz", StringComparison.Ordinal), description);
        Assert.Equal(200, description.Length);
        Assert.EndsWith($"/articles/{Slug}/notes/{id}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector($"a[href='/articles/{Slug}#note-{id}']"));
        Assert.Equal("Alice Shares", page.QuerySelector($"#note-{id} .note-author")!.TextContent);
    }

    // Projected to an anonymous type: a tuple would be a row value, which not every provider reads back.
    private async Task<(int Start, int End)> ParagraphAsync(int position)
    {
        var paragraph = await factory.WithDbAsync(db => db.Paragraphs.Where(p => p.Position == position).OrderBy(p => p.Id).Select(p => new { p.Start, p.End }).FirstAsync());
        return (paragraph.Start, paragraph.End);
    }
}
