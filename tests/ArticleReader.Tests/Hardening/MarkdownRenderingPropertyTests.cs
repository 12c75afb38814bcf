using System.Net;
using ArticleReader.Data;
using ArticleReader.Notes;
using ArticleReader.Pages.Notes;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Notes;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Hardening;

/// <summary>
/// Rendering a note can never fail a page: thousands of generated hostile bodies go through the write check and the
/// render path in-process, a smaller set through the real form and the article page.
/// </summary>
public sealed class MarkdownRenderingPropertyTests : IClassFixture<ReaderAppFactory>
{
    private const int Generated = 5_000;

    private const int ThroughTheForm = 40;

    private readonly ReaderAppFactory _factory;
    private readonly NoteBodyRenderer _renderer = new();

    public MarkdownRenderingPropertyTests(ReaderAppFactory factory)
    {
        factory.Settings["Notes:WritesPerWindow"] = "1000";
        _factory = factory;
    }

    [Fact]
    public void Five_thousand_hostile_bodies_are_each_refused_with_a_reason_or_rendered_by_the_thread_builder()
    {
        var (refused, rendered) = (0, 0);
        HostileMarkdown.Body.Sample(
            body =>
            {
                if (_renderer.Problem(body) is { } problem)
                {
                    Assert.False(string.IsNullOrWhiteSpace(problem));
                    Interlocked.Increment(ref refused);
                }
                else
                {
                    Assert.NotNull(_renderer.TryToHtml(body));
                    Interlocked.Increment(ref rendered);
                }

                // Whatever is stored (older notes were never checked) the thread builds and the description is made.
                var thread = Assert.Single(NoteThread.Build([Note(1, body)], readerId: null, _renderer));
                Assert.Same(body, thread.Root.Body);
                Assert.True(_renderer.ToPlainText(body, 200).Length <= 200);
            },
            iter: Generated);

        Assert.Equal(Generated, refused + rendered);
        Assert.True(refused > 0 && rendered > 0, $"{refused} refused, {rendered} rendered: the generator should produce both");
    }

    [Fact]
    public void The_bodies_of_the_issue_are_refused_as_too_deep_and_shown_as_plain_text_when_stored_anyway()
    {
        foreach (var body in HostileMarkdown.Known())
        {
            Assert.Contains("too deeply", _renderer.Problem(body), StringComparison.Ordinal);
        }

        var deep = HostileMarkdown.Known().First();
        Assert.Null(_renderer.TryToHtml(deep));
        var view = NoteThread.Build([Note(7, deep)], null, _renderer)[0].First;
        Assert.Null(view.Body);
    }

    [Fact]
    public async Task Hostile_bodies_posted_through_the_form_get_a_form_error_or_a_note_and_the_article_page_answers_200()
    {
        var author = await ReaderSession.RegisterAsync(_factory);
        var bodies = HostileMarkdown.Known().Concat(HostileMarkdown.Samples).Concat(HostileMarkdown.Body.Array[ThroughTheForm].Single()).ToList();
        var (refused, stored) = (0, 0);
        foreach (var body in bodies)
        {
            var response = await author.SubmitAsync($"{HtmlPages.SeedUrl}/notes/new?start=300&end=340", "form.note-form", new()
            {
                ["Input.Body"] = body,
                ["Input.Visibility"] = "Public",
            });
            if (response.StatusCode == HttpStatusCode.BadRequest && body.Contains('\0', StringComparison.Ordinal))
            {
                // ASP.NET Core's form reading refuses a NUL character before the page runs.
                refused++;
            }
            else if (response.StatusCode == HttpStatusCode.OK)
            {
                var errors = (await ReaderSession.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent;
                Assert.False(string.IsNullOrWhiteSpace(errors));
                refused++;
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode} for {System.Text.Json.JsonSerializer.Serialize(body[..Math.Min(200, body.Length)])}: {(await ReaderSession.ParseAsync(response)).QuerySelector("main")?.TextContent}");
                stored++;
            }
        }

        Assert.True(refused >= HostileMarkdown.Known().Count(), $"{refused} refused");
        Assert.True(stored > 0, "some generated bodies are fine notes");
        Assert.Equal(HttpStatusCode.OK, (await ReaderSession.Anonymous(_factory).Client.GetAsync(new Uri(HtmlPages.SeedUrl, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.Client.GetAsync(new Uri(HtmlPages.SeedUrl, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_stored_note_that_cannot_be_rendered_is_shown_escaped_as_plain_text_on_the_page_and_its_permalink()
    {
        var author = await ReaderSession.RegisterAsync(_factory);
        var id = await author.AddNoteAsync(HtmlPages.SeedSlug, 300, 340, "placeholder", "Public");
        // As a note stored before bodies were checked: straight into the database.
        var deep = string.Concat(Enumerable.Repeat(">", 128)) + "<b>x</b>";
        await _factory.WithDbAsync(db => db.Notes.Where(n => n.Id == id).ExecuteUpdateAsync(s => s.SetProperty(n => n.Body, deep)));

        foreach (var url in new[] { HtmlPages.SeedUrl, $"{HtmlPages.SeedUrl}/notes/{id}" })
        {
            var (response, page) = await ReaderSession.Anonymous(_factory).Client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = page.QuerySelector($"#note-{id} .note-body.note-unrendered")!;
            Assert.Equal(deep, body.TextContent);
            Assert.Empty(body.QuerySelectorAll("b, blockquote"));
        }
    }

    private static MarginNote Note(int id, string body) => new()
    {
        Id = id,
        Slug = "s",
        AuthorId = "a",
        Author = new ReaderUser { DisplayName = "A" },
        Body = body,
        Visibility = NoteVisibility.Public,
        QuoteExact = "q",
        QuotePrefix = string.Empty,
        QuoteSuffix = string.Empty,
    };
}
