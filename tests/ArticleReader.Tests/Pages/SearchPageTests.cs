using System.Net;
using AngleSharp.Html.Parser;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Pages;

public class SearchPageTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string Slug = "military-cooperation-between-israel-and-azerbaijan";

    [ProviderFact]
    public async Task Results_have_marked_snippets_and_link_to_the_exact_passage()
    {
        var (status, page) = await SearchAsync("Dehqan");

        Assert.Equal(HttpStatusCode.OK, status);
        var hits = page.QuerySelectorAll(".search-hit");
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Equal("Dehqan", hit.QuerySelector(".search-snippet mark")?.TextContent));
        var claim = page.QuerySelector(".search-within a[href*='/claims/']")?.GetAttribute("href");
        Assert.StartsWith($"/articles/{Slug}/claims/", claim, StringComparison.Ordinal);

        var source = await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Slug == Slug).SourceText));
        foreach (var link in page.QuerySelectorAll(".search-hit a[href*='/source?char=']").Select(a => a.GetAttribute("href")!))
        {
            var range = link.Split("char=")[1].Split('#')[0].Split(',').Select(int.Parse).ToArray();
            Assert.Contains("Dehqan", source[range[0]..range[1]], StringComparison.Ordinal);
        }
    }

    [ProviderFact]
    public async Task Results_are_grouped_by_article_and_passage_and_no_passage_is_listed_twice()
    {
        var (_, page) = await SearchAsync("Azerbaijan Israel");

        var groups = page.QuerySelectorAll("section.search-article").ToList();
        Assert.Equal(groups.Count, groups.Select(g => g.QuerySelector("h2 a")!.GetAttribute("href")).Distinct().Count());
        var passages = page.QuerySelectorAll(".search-hit a[href*='/source?char=']").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(passages);
        Assert.Equal(passages.Count, passages.Distinct().Count());
        var snippets = page.QuerySelectorAll(".search-hit > .search-snippet").Select(s => s.TextContent).ToList();
        Assert.Equal(snippets.Count, snippets.Distinct().Count());
    }

    [ProviderFact]
    public async Task Phrases_and_prefixes_are_understood()
    {
        var (_, phrase) = await SearchAsync("\"military cooperation\"");
        var hits = phrase.QuerySelectorAll(".search-hit");
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Contains("military cooperation", hit.TextContent, StringComparison.OrdinalIgnoreCase));

        var (_, prefix) = await SearchAsync("Karabak*");
        Assert.Contains(prefix.QuerySelectorAll(".search-snippet mark"), m => m.TextContent == "Karabakh");
    }

    [ProviderTheory]
    [InlineData("Nagorno-Karabakh")]
    [InlineData("Baku's")]
    [InlineData("Israel OR Iran")]
    [InlineData("Israel NOT Turkey")]
    public async Task Hyphens_apostrophes_and_operators_search_rather_than_fail(string query)
    {
        var (status, page) = await SearchAsync(query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(page.QuerySelectorAll(".search-hit"));
    }

    [ProviderTheory]
    [InlineData("\"unbalanced", HttpStatusCode.OK)]
    [InlineData("NEAR(", HttpStatusCode.OK)]
    [InlineData("AND", HttpStatusCode.OK)]
    [InlineData("AND OR", HttpStatusCode.OK)]
    [InlineData("*", HttpStatusCode.BadRequest)]
    [InlineData("(((", HttpStatusCode.BadRequest)]
    [InlineData("NOT Baku", HttpStatusCode.BadRequest)]
    public async Task Odd_searches_get_results_or_a_plain_message_never_database_syntax(string query, HttpStatusCode expected)
    {
        var (status, page) = await SearchAsync(query);

        Assert.Equal(expected, status);
        Assert.Equal(query, page.QuerySelector("input#q")?.GetAttribute("value"));
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(".search-problem")?.TextContent));
        }
    }

    [ProviderFact]
    public async Task Two_hundred_random_and_hostile_searches_each_get_200_or_400_with_a_plain_message()
    {
        var random = new Random(12);
        const string alphabet = "abcXYZ019 \"'*-–—()[]{}:^~+,.;!?@#$%&|/\\<>=\t\n\u00a0éßЖ中ﷺ\u0301\u200b'’";
        string[] words = ["AND", "OR", "NOT", "NEAR", "NEAR(", "body:", "title:", "rank", "MATCH", "\"", "*", "^", "Baku", "Nagorno-Karabakh"];
        string[] hostile =
        [
            "'; DROP TABLE Notes; --", "\" OR 1=1 --", "body:Baku", "- Baku", "^Baku", "Baku NEAR/2 Iran", "NEAR(Baku Iran, 5)",
            "{title body}: Baku", "\0", "\u0001\u0002\u0003", "\"\"\"", "a\"b\"c\"", "****", "AND AND AND", "NOT NOT NOT", "OR",
            "(a OR b", "a) OR (b", "<script>alert(1)</script>", "%00", "\uD800", "\uDFFF\uD800", new string('(', 200), new string('x', 201),
            string.Join(' ', Enumerable.Repeat("word", 40)), "🙂", "🙂 Baku", "Baku*'s", "-*-", "'", "’s",
        ];
        var queries = hostile.ToList();
        while (queries.Count < 200)
        {
            var length = random.Next(1, 40);
            var text = new System.Text.StringBuilder();
            while (text.Length < length)
            {
                text.Append(random.Next(4) == 0 ? words[random.Next(words.Length)] + " " : alphabet[random.Next(alphabet.Length)].ToString());
            }

            queries.Add(text.ToString());
        }

        var client = factory.CreateClient();
        foreach (var query in queries)
        {
            var response = await client.GetAsync(new Uri($"/search?q={Uri.EscapeDataString(query)}", UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {query}");
            var page = await new HtmlParser().ParseDocumentAsync(html);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                var problem = page.QuerySelector(".search-problem")?.TextContent;
                Assert.False(string.IsNullOrWhiteSpace(problem), $"no message for {query}");
                Assert.DoesNotContain("fts5", problem, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("SQLite", problem, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("syntax error", problem, StringComparison.OrdinalIgnoreCase);
            }
            else if (!string.IsNullOrWhiteSpace(query))
            {
                Assert.NotNull(page.QuerySelector(".search-count"));
            }
        }
    }

    [ProviderFact]
    public async Task Every_page_has_the_search_box_in_its_header()
    {
        var client = factory.CreateClient();
        foreach (var url in new[] { "/", HtmlPages.SeedUrl, $"{HtmlPages.SeedUrl}/timeline", "/search?q=Baku", "/account/login" })
        {
            var (_, page) = await client.GetPageAsync(url);
            var box = page.QuerySelector("header.site-header form[role=search][action='/search'] input[name=q]");
            Assert.True(box is not null, $"no search box in the header of {url}");
        }
    }

    [ProviderFact]
    public async Task An_empty_search_shows_the_form_and_a_miss_says_so()
    {
        var (emptyStatus, empty) = await SearchAsync(string.Empty);
        Assert.Equal(HttpStatusCode.OK, emptyStatus);
        Assert.NotNull(empty.QuerySelector("form[role=search]"));

        var (_, miss) = await SearchAsync("zyxwvutsrq");
        Assert.Equal("Nothing found.", miss.QuerySelector(".search-count")?.TextContent);
    }

    private async Task<(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Page)> SearchAsync(string query)
    {
        var response = await factory.CreateClient().GetAsync(new Uri($"/search?q={Uri.EscapeDataString(query)}", UriKind.Relative));
        return (response.StatusCode, await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }
}
