using System.Net;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Notes;

/// <summary>Writing, previewing, deleting and restoring notes as a reader does it, through the forms.</summary>
public class NoteFlowTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string Slug = HtmlPages.SeedSlug;

    [ProviderFact]
    public async Task The_form_shows_the_passage_in_its_sentence_without_revision_numbers_or_inline_styles()
    {
        var session = await ReaderSession.RegisterAsync(factory);
        var sentence = await factory.WithDbAsync(db => db.Sentences.OrderBy(s => s.Id).Skip(5).FirstAsync());
        var (start, end) = (sentence.Start + 4, sentence.Start + 20);

        var page = await session.GetDocumentAsync($"/articles/{Slug}/notes/new?start={start}&end={end}");

        var quote = page.QuerySelector("figure.note-quote blockquote")!;
        Assert.Equal(sentence.Text, quote.TextContent);
        Assert.Equal(sentence.Text[4..20], quote.QuerySelector("mark")!.TextContent);
        Assert.DoesNotContain("revision", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("[style], .validation-summary-valid"));
        Assert.Equal("Military cooperation between Israel and Azerbaijan: challenging implications of the changing regional context",
            page.QuerySelectorAll(".breadcrumbs li a")[1].TextContent);
    }

    [ProviderFact]
    public async Task Preview_renders_the_markdown_on_the_server_and_saves_nothing()
    {
        var session = await ReaderSession.RegisterAsync(factory);
        var before = await factory.WithDbAsync(db => db.Notes.CountAsync());
        var url = $"/articles/{Slug}/notes/new?start=300&end=400";
        var form = await session.GetDocumentAsync(url);
        var preview = form.QuerySelectorAll("form.note-form button").Single(b => b.TextContent == "Preview").GetAttribute("formaction")!;

        var response = await session.PostAsync(preview, [
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Start", "300"), new("End", "400"), new("Input.Body", "**Bold** and _soft_"), new("Input.Visibility", "Private")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ReaderSession.ParseAsync(response);
        Assert.Equal("Bold", page.QuerySelector(".note-preview strong")!.TextContent);
        Assert.Equal("**Bold** and _soft_", page.QuerySelector("textarea[name='Input.Body']")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Notes.CountAsync()));
    }

    [ProviderFact]
    public async Task After_saving_the_reader_is_back_at_the_passage_with_a_saved_message()
    {
        var session = await ReaderSession.RegisterAsync(factory);
        var sentence = await factory.WithDbAsync(db => db.Sentences.OrderBy(s => s.Id).Skip(8).FirstAsync());
        var response = await session.SubmitAsync($"/articles/{Slug}/notes/new?start={sentence.Start}&end={sentence.End}", "form.note-form", new() { ["Input.Body"] = "Saved here" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches($"^/articles/{Slug}#anchor-[0-9]+$", location);
        var page = await session.GetDocumentAsync(location.Split('#')[0]);
        Assert.Equal("Saved.", page.QuerySelector(".note-status[role=status]")!.TextContent);
        Assert.NotNull(page.GetElementById(location.Split('#')[1]));

        // The message is shown once.
        Assert.Null((await session.GetDocumentAsync(location.Split('#')[0])).QuerySelector(".note-status"));
    }

    [ProviderFact]
    public async Task Delete_asks_first_then_offers_undo_which_restores_the_thread_with_its_ids()
    {
        var alice = await ReaderSession.RegisterAsync(factory, "Alice Deletes");
        var bob = await ReaderSession.RegisterAsync(factory, "Bob Replies");
        var id = await alice.AddNoteAsync(Slug, 300, 400, "Soon gone", "Public");
        var reply = await bob.SubmitAsync(HtmlPages.SeedUrl, $"#note-{id} form.reply-form", new() { ["Body"] = "A reply" });
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        // GET of the delete address is a confirmation page; nothing is deleted yet.
        var confirm = await alice.GetDocumentAsync($"/articles/{Slug}/notes/{id}/delete");
        Assert.Equal("Delete this note?", confirm.QuerySelector("h1")!.TextContent);
        Assert.Contains("and its reply", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Notes.CountAsync(n => n.Id == id || n.ParentId == id)));

        var deleted = await alice.SubmitAsync($"/articles/{Slug}/notes/{id}/delete", "form.delete-form", new());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Notes.CountAsync(n => n.Id == id || n.ParentId == id)));

        // Bob cannot redeem Alice's undo; Alice can, once.
        var article = await alice.GetDocumentAsync(HtmlPages.SeedUrl);
        var token = article.QuerySelector("form.note-status input[name=token]")!.GetAttribute("value")!;
        var antiforgery = await bob.TokenAsync($"/articles/{Slug}/notes/new?start=300&end=400");
        var stolen = await bob.PostAsync("/notes/restore", [new("__RequestVerificationToken", antiforgery), new("token", token)]);
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);

        var undoForm = article.QuerySelector("form.note-status")!;
        var undone = await alice.PostAsync(undoForm.GetAttribute("action")!, undoForm.QuerySelectorAll("input[name]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)));
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.EndsWith($"#anchor-{id}", undone.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Notes.CountAsync(n => n.Id == id || n.ParentId == id)));
        var again = await alice.PostAsync("/notes/restore", [new("__RequestVerificationToken", await alice.TokenAsync("/notes")), new("token", token)]);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [ProviderFact]
    public async Task Someone_else_gets_no_confirmation_page_for_a_note()
    {
        var alice = await ReaderSession.RegisterAsync(factory);
        var bob = await ReaderSession.RegisterAsync(factory);
        var secret = await alice.AddNoteAsync(Slug, 300, 400, "mine");
        var shared = await alice.AddNoteAsync(Slug, 300, 400, "ours", "Public");

        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.GetAsync(new Uri($"/articles/{Slug}/notes/{secret}/delete", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bob.Client.GetAsync(new Uri($"/articles/{Slug}/notes/{shared}/delete", UriKind.Relative))).StatusCode);
    }

    [ProviderFact]
    public async Task My_notes_lists_the_readers_own_notes_with_the_markdown_export()
    {
        var alice = await ReaderSession.RegisterAsync(factory, "Alice Lists");
        var bob = await ReaderSession.RegisterAsync(factory, "Bob Lists");
        await alice.AddNoteAsync(Slug, 300, 400, "Alice's first");
        await alice.AddNoteAsync(Slug, 500, 520, "Alice's second", "Public");
        await bob.AddNoteAsync(Slug, 300, 400, "Bob's own", "Public");

        var page = await alice.GetDocumentAsync("/notes");

        var notes = page.QuerySelectorAll(".my-note-list > li").Select(li => li.QuerySelector(".note-body")!.TextContent.Trim()).ToList();
        Assert.Equal(["Alice's first", "Alice's second"], notes);
        Assert.NotNull(page.QuerySelector("a[href='/account/notes.md']"));
        Assert.NotNull(page.QuerySelector("header.site-header a[href='/notes']"));
        var anonymous = await ReaderSession.Anonymous(factory).Client.GetAsync(new Uri("/notes", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }
}
