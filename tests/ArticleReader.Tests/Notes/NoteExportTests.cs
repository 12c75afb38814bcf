using System.Net;
using System.Text.Json;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Notes;

public class NoteExportTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string Slug = HtmlPages.SeedSlug;

    [ProviderFact]
    public async Task Annotations_are_a_web_annotation_collection_of_visible_notes_and_claims()
    {
        var alice = await ReaderSession.RegisterAsync(factory, "Alice Exports");
        // Projected to an anonymous type: a tuple would be a row value, which not every provider reads back.
        var paragraph = await factory.WithDbAsync(db => db.Paragraphs.Where(p => p.Position == 4).OrderBy(p => p.Id).Select(p => new { p.Start, p.End }).FirstAsync());
        var (start, end) = (paragraph.Start, paragraph.End);
        var shared = await alice.AddNoteAsync(Slug, start, end, "Public *markdown*", "Public", "export");
        var secret = await alice.AddNoteAsync(Slug, start, end, "Private one");
        var claims = await factory.WithDbAsync(db => db.Claims.CountAsync(c => c.ArticleId == db.Articles.Where(a => a.Slug == Slug).Max(a => a.Id)));

        var anonymous = await ReaderSession.Anonymous(factory).Client.GetAsync(new Uri($"/api/articles/{Slug}/annotations", UriKind.Relative));
        var own = await alice.Client.GetAsync(new Uri($"/api/articles/{Slug}/annotations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal("application/ld+json", anonymous.Content.Headers.ContentType!.MediaType);
        Assert.Contains(anonymous.Content.Headers.ContentType.Parameters, p => p.Name == "profile" && p.Value == "\"http://www.w3.org/ns/anno.jsonld\"");
        using var json = JsonDocument.Parse(await anonymous.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", root.GetProperty("@context").GetString());
        Assert.Equal("AnnotationCollection", root.GetProperty("type").GetString());
        var first = root.GetProperty("first");
        Assert.Equal("AnnotationPage", first.GetProperty("type").GetString());
        var items = first.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("total").GetInt32(), items.Count);
        Assert.DoesNotContain(items, i => i.GetProperty("id").GetString()!.EndsWith($"/notes/{secret}", StringComparison.Ordinal));
        Assert.Equal(claims, items.Count(i => i.GetProperty("motivation").GetString() == "assessing"));

        var note = items.Single(i => i.GetProperty("id").GetString()!.EndsWith($"/notes/{shared}", StringComparison.Ordinal));
        Assert.Equal("Annotation", note.GetProperty("type").GetString());
        Assert.Equal("commenting", note.GetProperty("motivation").GetString());
        var body = note.GetProperty("body")[0];
        Assert.Equal(("TextualBody", "Public *markdown*", "text/markdown"), (body.GetProperty("type").GetString(), body.GetProperty("value").GetString(), body.GetProperty("format").GetString()));
        Assert.Equal("tagging", note.GetProperty("body")[1].GetProperty("purpose").GetString());
        Assert.Equal("Alice Exports", note.GetProperty("creator").GetProperty("name").GetString());
        var target = note.GetProperty("target");
        Assert.EndsWith($"/articles/{Slug}", target.GetProperty("source").GetString(), StringComparison.Ordinal);
        var selectors = target.GetProperty("selector").EnumerateArray().ToList();
        Assert.Equal(["TextQuoteSelector", "TextPositionSelector"], selectors.Select(s => s.GetProperty("type").GetString()));
        Assert.Equal((start, end), (selectors[1].GetProperty("start").GetInt32(), selectors[1].GetProperty("end").GetInt32()));
        Assert.Equal(32, selectors[0].GetProperty("prefix").GetString()!.Length);

        var claim = items.First(i => i.GetProperty("motivation").GetString() == "assessing");
        Assert.Contains("/claims/", claim.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, claim.GetProperty("target").GetProperty("selector").GetArrayLength());

        using var ownJson = JsonDocument.Parse(await own.Content.ReadAsStringAsync());
        Assert.Contains(
            ownJson.RootElement.GetProperty("first").GetProperty("items").EnumerateArray(),
            i => i.GetProperty("id").GetString()!.EndsWith($"/notes/{secret}", StringComparison.Ordinal));
    }

    [ProviderFact]
    public async Task Annotations_of_an_unknown_article_are_a_404()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/articles/no-such-article/annotations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [ProviderFact]
    public async Task The_markdown_export_lists_only_the_readers_own_notes_with_links_to_their_passages()
    {
        var alice = await ReaderSession.RegisterAsync(factory);
        var bob = await ReaderSession.RegisterAsync(factory);
        var source = await factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == Slug).Select(a => a.SourceText).FirstAsync());
        await alice.AddNoteAsync(Slug, 500, 560, "Alice's **own** note", "Private", "mine");
        await bob.AddNoteAsync(Slug, 500, 560, "Bob's public note", "Public");

        var response = await alice.Client.GetAsync(new Uri("/account/notes.md", UriKind.Relative));
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Alice's **own** note", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob's public note", markdown, StringComparison.Ordinal);
        Assert.Contains($"/articles/{Slug}/source?char=500,560)", markdown, StringComparison.Ordinal);
        Assert.Contains("> " + source[500..560].Split('\n')[0], markdown, StringComparison.Ordinal);
        Assert.Contains("#mine", markdown, StringComparison.Ordinal);

        var anonymous = await ReaderSession.Anonymous(factory).Client.GetAsync(new Uri("/account/notes.md", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }
}
