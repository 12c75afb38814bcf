using System.Net;
using System.Text.Json;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Notes;

namespace ArticleReader.Tests.Hardening;

/// <summary>
/// (anonymous, another reader, the author) × (every endpoint that shows notes) × (public, private, public then
/// private, deleted): exactly what each one sees. The author writes a note; the other reader replies while it is
/// public, and the author replies to it too.
/// </summary>
public sealed class NoteVisibilityMatrixTests : IClassFixture<ReaderAppFactory>
{
    private const string Slug = HtmlPages.SeedSlug;
    private readonly ReaderAppFactory _factory;

    public NoteVisibilityMatrixTests(ReaderAppFactory factory)
    {
        factory.Settings["Notes:WritesPerWindow"] = "1000";
        _factory = factory;
    }

    public enum State
    {
        Public,
        Private,
        PublicThenPrivate,
        Deleted,
    }

    public enum Viewer
    {
        Anonymous,
        OtherReader,
        Author,
    }

    public static TheoryData<State> States() => [State.Public, State.Private, State.PublicThenPrivate, State.Deleted];

    [Theory]
    [MemberData(nameof(States))]
    public async Task Each_viewer_sees_exactly_the_notes_the_rule_allows_on_every_endpoint(State state)
    {
        var author = await ReaderSession.RegisterAsync(_factory, "Note Author");
        var other = await ReaderSession.RegisterAsync(_factory, "Other Reader");
        var anonymous = ReaderSession.Anonymous(_factory);
        var words = new Words();
        var (note, reply, ownReply) = await ArrangeAsync(state, author, other, anonymous, words);
        var all = new[] { note, reply, ownReply }.OfType<int>().ToList();
        var expected = new Dictionary<Viewer, HashSet<int>>
        {
            [Viewer.Anonymous] = state == State.Public ? [.. all] : [],
            [Viewer.OtherReader] = state == State.Public ? [.. all] : [],
            [Viewer.Author] = state switch
            {
                State.Public => [.. all],
                State.Private => [note],
                // The author's own reply stays with the author's own (now private) note; the other reader's reply is not public any more.
                State.PublicThenPrivate => [note, ownReply!.Value],
                _ => [],
            },
        };
        var sessions = new Dictionary<Viewer, ReaderSession> { [Viewer.Anonymous] = anonymous, [Viewer.OtherReader] = other, [Viewer.Author] = author };
        foreach (var (viewer, session) in sessions)
        {
            var seen = new Seen(session, expected[viewer], all, note, $"{viewer} in state {state}");
            await CheckReadingPageAsync(seen);
            await CheckPermalinksAsync(seen, words, [reply, ownReply]);
            await CheckAnnotationsAsync(seen, words);
            await CheckSearchAsync(seen, [(note, words.Note), (reply, words.Reply), (ownReply, words.OwnReply)]);
            await CheckOwnExportAsync(seen, viewer, state, words);
        }
    }

    /// <summary>What one viewer should see: <see cref="Sees"/> of the notes <see cref="All"/>, the first being <see cref="Note"/>.</summary>
    private sealed record Seen(ReaderSession Session, HashSet<int> Sees, List<int> All, int Note, string Because);

    /// <summary>The author's note, a reply of each reader unless it is private, then the state's change after the anonymous page was cached.</summary>
    private static async Task<(int Note, int? Reply, int? OwnReply)> ArrangeAsync(State state, ReaderSession author, ReaderSession other, ReaderSession anonymous, Words words)
    {
        var note = await author.AddNoteAsync(Slug, 500, 560, $"The note {words.Note}", state == State.Private ? "Private" : "Public");
        int? reply = null, ownReply = null;
        if (state != State.Private)
        {
            reply = await ReplyAsync(other, note, $"A reply {words.Reply}");
            ownReply = await ReplyAsync(author, note, $"The author answers {words.OwnReply}");
        }

        // The anonymous page is cached now, with the public thread in it: the change below must reach it.
        var cached = await anonymous.Client.GetStringAsync(new Uri(HtmlPages.SeedUrl, UriKind.Relative));
        Assert.Equal(state != State.Private, cached.Contains(words.Note, StringComparison.Ordinal));
        if (state == State.PublicThenPrivate)
        {
            var made = await author.SubmitAsync($"{HtmlPages.SeedUrl}/notes/{note}/edit", "form.note-form", new() { ["Input.Body"] = $"The note {words.Note}", ["Input.Visibility"] = "Private" });
            Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        }
        else if (state == State.Deleted)
        {
            var deleted = await author.SubmitAsync($"{HtmlPages.SeedUrl}/notes/{note}/delete", "form.delete-form", []);
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        return (note, reply, ownReply);
    }

    /// <summary>The reading page (for the anonymous viewer: the output-cached page).</summary>
    private static async Task CheckReadingPageAsync(Seen seen)
    {
        var (_, page) = await seen.Session.Client.GetPageAsync(HtmlPages.SeedUrl);
        Assert.True(seen.Sees.SetEquals(seen.All.Where(id => page.GetElementById($"note-{id}") is not null)), seen.Because + ": reading page");
        if (!seen.Sees.Contains(seen.Note))
        {
            Assert.Null(page.GetElementById($"anchor-{seen.Note}"));
        }
    }

    /// <summary>Permalinks: the note's page (with its Open Graph description) and each reply's (a redirect to its thread).</summary>
    private static async Task CheckPermalinksAsync(Seen seen, Words words, int?[] replies)
    {
        var (permalink, permalinkPage) = await seen.Session.Client.GetPageAsync($"{HtmlPages.SeedUrl}/notes/{seen.Note}");
        Assert.Equal(seen.Sees.Contains(seen.Note) ? HttpStatusCode.OK : HttpStatusCode.NotFound, permalink.StatusCode);
        if (seen.Sees.Contains(seen.Note))
        {
            Assert.Contains(words.Note, permalinkPage.QuerySelector("meta[property='og:description']")!.GetAttribute("content"), StringComparison.Ordinal);
            Assert.True(seen.Sees.SetEquals(seen.All.Where(id => permalinkPage.GetElementById($"note-{id}") is not null)), seen.Because + ": permalink thread");
        }
        else
        {
            Assert.DoesNotContain(words.Note, permalinkPage.Source.Text, StringComparison.Ordinal);
        }

        foreach (var id in replies.OfType<int>())
        {
            var response = await seen.Session.Client.GetAsync(new Uri($"{HtmlPages.SeedUrl}/notes/{id}", UriKind.Relative));
            Assert.Equal(seen.Sees.Contains(id) ? HttpStatusCode.Redirect : HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    /// <summary>The Web Annotation export: ids, bodies and targets.</summary>
    private static async Task CheckAnnotationsAsync(Seen seen, Words words)
    {
        var annotations = await seen.Session.Client.GetStringAsync(new Uri($"/api/articles/{Slug}/annotations", UriKind.Relative));
        var listed = JsonDocument.Parse(annotations).RootElement.GetProperty("first").GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("id").GetString()!).ToList();
        Assert.True(seen.Sees.SetEquals(seen.All.Where(id => listed.Contains($"{ReaderAppFactory.PublicBaseUrl}{HtmlPages.SeedUrl}/notes/{id}"))), seen.Because + ": annotations");
        Assert.Equal(seen.Sees.Contains(seen.Note), annotations.Contains(words.Note, StringComparison.Ordinal));
        if (!seen.Sees.Contains(seen.Note))
        {
            Assert.DoesNotContain($"/notes/{seen.Note}\"", annotations, StringComparison.Ordinal);
        }
    }

    /// <summary>Search: each note's own word.</summary>
    private static async Task CheckSearchAsync(Seen seen, (int? Id, string Word)[] notes)
    {
        foreach (var (id, word) in notes)
        {
            if (id is null)
            {
                continue;
            }

            var (_, results) = await seen.Session.Client.GetPageAsync($"/search?q={word}");
            Assert.Equal(seen.Sees.Contains(id.Value), results.QuerySelector("ol.search-results")?.TextContent.Contains(word, StringComparison.Ordinal) == true);
        }
    }

    /// <summary>The reader's own export: their own notes, whatever their visibility, and nothing once deleted.</summary>
    private static async Task CheckOwnExportAsync(Seen seen, Viewer viewer, State state, Words words)
    {
        var export = await seen.Session.Client.GetAsync(new Uri("/account/notes.md", UriKind.Relative));
        if (viewer == Viewer.Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, export.StatusCode);
            return;
        }

        var markdown = await export.Content.ReadAsStringAsync();
        Assert.Equal(viewer == Viewer.Author && state != State.Deleted, markdown.Contains(words.Note, StringComparison.Ordinal));
        Assert.Equal(viewer == Viewer.OtherReader && state is State.Public or State.PublicThenPrivate, markdown.Contains(words.Reply, StringComparison.Ordinal));
    }

    private static async Task<int> ReplyAsync(ReaderSession session, int note, string body)
    {
        var response = await session.SubmitAsync($"{HtmlPages.SeedUrl}/notes/{note}/reply", "form.note-form", new() { ["Body"] = body });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location[(location.IndexOf("#note-", StringComparison.Ordinal) + 6)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Words found nowhere else, one per note, for search and for telling the notes apart in any output.</summary>
    private sealed class Words
    {
        private readonly string _run = new([.. (Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N")).Where(char.IsLetter).Take(8)]);

        public string Note => "zqnote" + _run;

        public string Reply => "zqreply" + _run;

        public string OwnReply => "zqown" + _run;
    }
}
