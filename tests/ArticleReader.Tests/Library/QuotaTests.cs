using System.Net;
using ArticleReader.Tests.Notes;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Library;

/// <summary>Per-reader limits on articles kept, megabytes kept and adds per window, each with a clear message.</summary>
public sealed class QuotaTests
{
    [Fact]
    public async Task A_reader_past_the_article_quota_is_told_so_and_nothing_is_stored()
    {
        using var app = new LibraryApp(new() { ["Library:MaxArticlesPerReader"] = "2", ["Library:RunWorkers"] = "false" });
        var reader = await ReaderSession.RegisterAsync(app.Factory);
        await LibraryApp.PasteAsync(reader, SampleArticles.Text("First kept"));
        await LibraryApp.PasteAsync(reader, SampleArticles.Text("Second kept"));

        var refused = await reader.SubmitAsync("/library/add", "form#add-paste", new() { ["Text"] = SampleArticles.Text("Third refused"), ["Markdown"] = "false", ["Visibility"] = "Private" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("You keep 2 articles, the most a reader may; delete one to add another.", (await ReaderSession.ParseAsync(refused)).QuerySelector("#add-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await app.Factory.WithDbAsync(db => db.IngestJobs.CountAsync()));
    }

    [Fact]
    public async Task A_reader_past_the_space_quota_is_told_how_much_is_used()
    {
        using var app = new LibraryApp(new() { ["Library:MaxMegabytesPerReader"] = "1", ["Library:RunWorkers"] = "false" });
        var reader = await ReaderSession.RegisterAsync(app.Factory);
        var large = SampleArticles.Text("Large article") + "\n\n" + string.Join("\n\n", Enumerable.Repeat("Another paragraph about the harbour of Lisbon and its cargo.", 20_000));

        var refused = await reader.SubmitAsync("/library/add", "form#add-paste", new() { ["Text"] = large, ["Markdown"] = "false", ["Visibility"] = "Private" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("a reader may keep 1 MB", (await ReaderSession.ParseAsync(refused)).QuerySelector("#add-problem")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_faster_than_the_rate_limit_is_a_429_with_retry_after()
    {
        using var app = new LibraryApp(new() { ["Library:AddsPerWindow"] = "2", ["Library:AddWindow"] = "00:10:00", ["Library:RunWorkers"] = "false" });
        var reader = await ReaderSession.RegisterAsync(app.Factory);
        await LibraryApp.PasteAsync(reader, SampleArticles.Text("One of two"));
        await LibraryApp.PasteAsync(reader, SampleArticles.Text("Two of two"));

        var limited = await reader.SubmitAsync("/library/add", "form#add-paste", new() { ["Text"] = SampleArticles.Text("Three"), ["Markdown"] = "false", ["Visibility"] = "Private" });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Contains("You have added 2 articles in the last 10 minutes", (await ReaderSession.ParseAsync(limited)).QuerySelector("#add-problem")!.TextContent, StringComparison.Ordinal);

        // Another reader has their own allowance.
        var other = await ReaderSession.RegisterAsync(app.Factory);
        await LibraryApp.PasteAsync(other, SampleArticles.Text("Someone else"));
    }
}
