using System.Net;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Pages;

/// <summary>A long article is read in parts of whole sections (here the seed, with parts made small).</summary>
public sealed class ReadingPartsTests : IClassFixture<ReadingPartsTests.SmallPartsFactory>
{
    private readonly SmallPartsFactory _factory;

    public ReadingPartsTests(SmallPartsFactory factory) => _factory = factory;

    [Fact]
    public async Task Each_part_holds_whole_sections_and_the_contents_link_into_every_part()
    {
        var client = _factory.CreateClient();
        var (response, first) = await client.GetPageAsync(HtmlPages.SeedUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var label = first.QuerySelector(".part-nav span")!.TextContent;
        var count = int.Parse(label[(label.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 1, label);

        var seen = new List<string>();
        for (var part = 1; part <= count; part++)
        {
            var (_, page) = await client.GetPageAsync($"{HtmlPages.SeedUrl}?part={part}");
            var sections = page.QuerySelectorAll("section.article-section").Select(s => s.Id).ToList();
            Assert.NotEmpty(sections);
            seen.AddRange(sections.OfType<string>());
            foreach (var link in page.QuerySelectorAll(".toc a"))
            {
                var href = link.GetAttribute("href")!;
                var id = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
                if (sections.Contains(id))
                {
                    Assert.Equal($"#{id}", href);
                }
                else
                {
                    Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(HtmlPages.SeedUrl)}\\?part=[0-9]+#{id}$", href);
                }
            }
        }

        Assert.Equal(first.QuerySelectorAll(".toc a").Length, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task A_part_past_the_end_is_a_400_that_says_how_many_there_are()
    {
        var (response, page) = await _factory.CreateClient().GetPageAsync($"{HtmlPages.SeedUrl}?part=99");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("^This article has parts 1 to [0-9]+\\.$", page.QuerySelector("main .notice")!.TextContent);
    }

    public sealed class SmallPartsFactory : IDisposable
    {
        private readonly ReaderAppFactory _app = new();

        public SmallPartsFactory() => _app.Settings["Reading:CharactersPerPart"] = "4000";

        public HttpClient CreateClient() => _app.CreateClient();

        public void Dispose() => _app.Dispose();
    }
}
