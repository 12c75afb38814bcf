using System.Net;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Notes;

/// <summary>Note writes per reader, with the limit lowered through configuration (30 a minute by default).</summary>
public sealed class NoteRateLimitTests : IClassFixture<ReaderAppFactory>
{
    private readonly ReaderAppFactory _factory;

    public NoteRateLimitTests(ReaderAppFactory factory)
    {
        factory.Settings["Notes:WritesPerWindow"] = "3";
        factory.Settings["Notes:WriteWindow"] = "00:10:00";
        _factory = factory;
    }

    [Fact]
    public async Task Writes_past_the_limit_are_429_with_Retry_After_and_other_readers_and_reading_are_unaffected()
    {
        var alice = await ReaderSession.RegisterAsync(_factory);
        for (var i = 0; i < 3; i++)
        {
            await alice.AddNoteAsync(HtmlPages.SeedSlug, 300, 400, $"note {i}");
        }

        var refused = await alice.SubmitAsync($"/articles/{HtmlPages.SeedSlug}/notes/new?start=300&end=400", "form.note-form", new() { ["Input.Body"] = "one too many" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        Assert.Equal(HttpStatusCode.OK, (await alice.Client.GetAsync(new Uri(HtmlPages.SeedUrl, UriKind.Relative))).StatusCode);
        var bob = await ReaderSession.RegisterAsync(_factory);
        await bob.AddNoteAsync(HtmlPages.SeedSlug, 300, 400, "Bob has his own allowance");
    }
}
