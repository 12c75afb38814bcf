using System.Net;
using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Pages;

public sealed class FlagTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Theory]
    [InlineData("April this year", "date-contradiction")]
    [InlineData("8 km2", "figure-disagreement")]
    [InlineData("Brenda Schaffer", "name-spelling")]
    public async Task A_seed_flag_is_marked_in_the_reading_page_with_its_explanation(string text, string kind)
    {
        var flag = await LoadFlagAsync(text);

        var (_, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrlAllLayers);

        var mark = page.GetElementById($"flag-{flag.Key}");
        Assert.NotNull(mark);
        Assert.Equal("mark", mark.LocalName);
        Assert.Equal(["flag", $"flag-{kind}"], mark.ClassList);
        Assert.Equal(text, mark.TextContent);
        var note = page.GetElementById(mark.GetAttribute("aria-describedby")!);
        Assert.NotNull(note);
        Assert.Contains(flag.Explanation, note.TextContent, StringComparison.Ordinal);
        Assert.NotNull(note.QuerySelector($"a[href='{HtmlPages.SeedUrl}/flags/{flag.Key}']"));
        Assert.NotNull(page.QuerySelector($"sup.flagref a[href='#{note.Id}']"));

        // The flag's marker and note come after the sentence, which keeps exactly its source text.
        var sentence = mark.Closest("span.s")!;
        Assert.Null(sentence.QuerySelector(".flag-note, .flagref"));
    }

    [Fact]
    public async Task A_flag_note_links_to_the_passages_it_compares()
    {
        var flag = await LoadFlagAsync("April this year");
        var source = await factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == HtmlPages.SeedSlug).Select(a => a.SourceText).SingleAsync());

        var (_, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrlAllLayers);

        var note = page.GetElementById($"flagnote-{flag.Key}")!;
        var link = note.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.Contains("/source?char=", StringComparison.Ordinal));
        var (start, end) = HtmlPages.CharRange(link.GetAttribute("href")!);
        Assert.Equal("April 2 – 5, 2016", source[start..end]);
        Assert.Equal($"{HtmlPages.SeedUrl}/source?char={start},{end}#char={start},{end}", link.GetAttribute("href"));
    }

    [Theory]
    [InlineData("April this year", "Date contradiction", "April 2 – 5, 2016")]
    [InlineData("8 km2", "Figure disagreement", "20 km2")]
    [InlineData("Brenda Schaffer", "Name spelling", null)]
    public async Task A_flag_permalink_shows_the_flag_in_its_paragraph(string text, string kind, string? related)
    {
        var flag = await LoadFlagAsync(text);

        var (response, page) = await factory.CreateClient().GetPageAsync($"{HtmlPages.SeedUrl}/flags/{flag.Key}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{kind}: “{text}”", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(text, page.QuerySelector($"blockquote mark.flag#flag-{flag.Key}")!.TextContent);
        Assert.Equal(flag.Explanation, page.QuerySelector("p.flag-explanation")!.TextContent);
        var passages = page.QuerySelectorAll("ul.related-passages a").Select(a => a.TextContent).ToList();
        Assert.Equal(related is null ? [] : [$"“{related}”"], passages);
        Assert.NotNull(page.QuerySelector($"main a[href='{HtmlPages.SeedUrl}?layers=flags,notes#flag-{flag.Key}']"));
        var expectedUrl = $"http://localhost{HtmlPages.SeedUrl}/flags/{flag.Key}";
        Assert.Equal(expectedUrl, page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal(flag.Explanation, page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal(expectedUrl, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_unknown_flag_key_is_a_404_page_that_links_back_to_the_article()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync($"{HtmlPages.SeedUrl}/flags/zzzzzzzz");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No such flag", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector($"main a[href='{HtmlPages.SeedUrl}']"));
    }

    [Fact]
    public async Task A_clean_article_has_no_flag()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "ArticleReader.Ingestion.Tests", "Gold", "water-diplomacy.txt");
        var result = await factory.IngestAsync(path, "water-diplomacy");

        var (response, page) = await factory.CreateClient().GetPageAsync("/articles/water-diplomacy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll("span.s"));
        Assert.Empty(page.QuerySelectorAll(".flag, .flag-note, .flagref"));
        Assert.Empty(result.Article.Flags);
    }

    [Fact]
    public async Task The_reading_page_header_links_to_the_timeline_and_the_actor_map()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrlAllLayers);

        var tools = page.QuerySelector(".article-header .article-tools")!;
        Assert.NotNull(tools.QuerySelector($"a[href='{HtmlPages.SeedUrl}/timeline']"));
        Assert.NotNull(tools.QuerySelector($"a[href='{HtmlPages.SeedUrl}/actors']"));
    }

    private Task<FlagRecord> LoadFlagAsync(string text) => factory.WithDbAsync(db => db.Flags
        .Where(f => db.Articles.Any(a => a.Id == f.ArticleId && a.Slug == HtmlPages.SeedSlug) && f.Text == text)
        .SingleAsync());
}
