using System.Net;
using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Notes;

public class NoteWriteTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string Slug = HtmlPages.SeedSlug;

    [ProviderFact]
    public async Task Anonymous_readers_see_no_note_links_and_the_form_sends_them_to_sign_in_with_a_return_url()
    {
        var session = ReaderSession.Anonymous(factory);
        var page = await session.GetDocumentAsync(HtmlPages.SeedUrlAllLayers);
        Assert.Empty(page.QuerySelectorAll("a.add-note, noscript, a[href*='/notes/new']"));
        var paragraph = page.QuerySelector("p#p-2")!;
        var href = $"/articles/{Slug}/notes/new?start={paragraph.GetAttribute("data-start")}&end={paragraph.GetAttribute("data-end")}";

        var response = await session.Client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/account/login?ReturnUrl=", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(href), location, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task An_anonymous_post_writes_nothing()
    {
        var session = ReaderSession.Anonymous(factory);
        var before = await CountAsync();

        var response = await session.PostAsync($"/articles/{Slug}/notes/new?start=0&end=10", [new("Input.Body", "sneaky"), new("Start", "0"), new("End", "10")]);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Equal(before, await CountAsync());
    }

    [ProviderFact]
    public async Task A_note_on_a_paragraph_stores_its_quote_with_32_characters_of_context_and_its_position()
    {
        var session = await ReaderSession.RegisterAsync(factory);
        var source = await SourceAsync();
        var paragraph = await factory.WithDbAsync(db => db.Paragraphs.OrderBy(p => p.Id).Skip(3).FirstAsync());

        var id = await session.AddNoteAsync(Slug, paragraph.Start, paragraph.End, "A *fine* point.", "Public", "Energy, ARMS , energy");

        var note = await factory.WithDbAsync(db => db.Notes.SingleAsync(n => n.Id == id));
        Assert.Equal(source[paragraph.Start..paragraph.End], note.QuoteExact);
        Assert.Equal(paragraph.Text, note.QuoteExact);
        Assert.Equal(source[(paragraph.Start - 32)..paragraph.Start], note.QuotePrefix);
        Assert.Equal(source[paragraph.End..(paragraph.End + 32)], note.QuoteSuffix);
        Assert.Equal((paragraph.Start, paragraph.End), (note.Start, note.End));
        Assert.Equal(AnchorStatus.Anchored, note.AnchorStatus);
        Assert.Equal(NoteVisibility.Public, note.Visibility);
        Assert.Equal(["energy", "arms"], note.Tags);
        Assert.Equal("A *fine* point.", note.Body);
    }

    [ProviderFact]
    public async Task The_form_takes_any_range_such_as_a_claim()
    {
        var session = await ReaderSession.RegisterAsync(factory);
        var claim = await factory.WithDbAsync(db => db.Claims.OrderBy(c => c.Id).FirstAsync());

        var id = await session.AddNoteAsync(Slug, claim.Start, claim.End, "On the claim");

        var note = await factory.WithDbAsync(db => db.Notes.SingleAsync(n => n.Id == id));
        Assert.Equal(claim.Text, note.QuoteExact);
        var page = await session.GetDocumentAsync(HtmlPages.SeedUrl);
        var mark = page.GetElementById($"anchor-{id}")!;
        Assert.Equal(claim.Text, mark.TextContent);
        Assert.Equal($"claim-{claim.Key}", mark.QuerySelector("span.claim")!.Id);

        // The sentence still holds exactly its source text: the link to the note follows it.
        var sentence = mark.Closest("span.s")!;
        var source = await SourceAsync();
        Assert.Equal(source[int.Parse(sentence.GetAttribute("data-start")!, System.Globalization.CultureInfo.InvariantCulture)..int.Parse(sentence.GetAttribute("data-end")!, System.Globalization.CultureInfo.InvariantCulture)], sentence.TextContent);
        Assert.NotNull(sentence.ParentElement!.QuerySelector($"a.note-ref[href='#note-{id}']"));
    }

    [ProviderTheory]
    [InlineData("?start=10&end=5", "empty or reversed")]
    [InlineData("?start=10&end=10", "empty or reversed")]
    [InlineData("?start=-1&end=5", "not inside")]
    [InlineData("?start=0&end=99999999", "not inside")]
    [InlineData("?start=0", "start and end")]
    [InlineData("", "start and end")]
    public async Task A_range_outside_the_source_or_empty_is_a_400_with_the_reason(string query, string reason)
    {
        var session = await ReaderSession.RegisterAsync(factory);

        var (response, page) = await session.Client.GetPageAsync($"/articles/{Slug}/notes/new{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.note-form"));
    }

    [ProviderFact]
    public async Task A_range_of_white_space_only_is_a_400()
    {
        var session = await ReaderSession.RegisterAsync(factory);
        var paragraph = await factory.WithDbAsync(db => db.Paragraphs.OrderBy(p => p.Id).Skip(3).FirstAsync());

        var (response, page) = await session.Client.GetPageAsync($"/articles/{Slug}/notes/new?start={paragraph.End}&end={paragraph.End + 1}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("white space", page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
    }

    [ProviderTheory]
    [InlineData(0, "Write something in the note.")]
    [InlineData(10_001, "at most 10,000 characters")]
    public async Task An_empty_or_too_long_body_is_refused_with_a_message(int length, string message)
    {
        var session = await ReaderSession.RegisterAsync(factory);
        var before = await CountAsync();

        var response = await session.SubmitAsync($"/articles/{Slug}/notes/new?start=300&end=400", "form.note-form", new() { ["Input.Body"] = new string('x', length) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await ReaderSession.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [ProviderFact]
    public async Task A_body_of_exactly_10000_characters_is_accepted()
    {
        var session = await ReaderSession.RegisterAsync(factory);

        var id = await session.AddNoteAsync(Slug, 300, 400, new string('y', 10_000));

        Assert.Equal(10_000, await factory.WithDbAsync(db => db.Notes.Where(n => n.Id == id).Select(n => n.Body.Length).SingleAsync()));
    }

    [ProviderFact]
    public async Task A_post_without_the_antiforgery_token_is_a_400_and_writes_nothing()
    {
        var session = await ReaderSession.RegisterAsync(factory);
        var before = await CountAsync();

        var response = await session.PostAsync($"/articles/{Slug}/notes/new?start=300&end=400", [new("Input.Body", "no token"), new("Start", "300"), new("End", "400")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [ProviderFact]
    public async Task Another_readers_antiforgery_token_is_refused()
    {
        var alice = await ReaderSession.RegisterAsync(factory);
        var bob = await ReaderSession.RegisterAsync(factory);
        var token = await alice.TokenAsync($"/articles/{Slug}/notes/new?start=300&end=400");

        var response = await bob.PostAsync(
            $"/articles/{Slug}/notes/new?start=300&end=400",
            [new("Input.Body", "replayed"), new("Start", "300"), new("End", "400"), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<string> SourceAsync() =>
        factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == Slug).OrderByDescending(a => a.Revision).Select(a => a.SourceText).FirstAsync());

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Notes.CountAsync());
}
