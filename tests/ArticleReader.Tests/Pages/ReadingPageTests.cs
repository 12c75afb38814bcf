using AngleSharp.Html.Parser;
using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Pages;

public sealed class ReadingPageTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const int MaxPageBytes = 150 * 1024;

    [Fact]
    public async Task The_header_gives_title_dateline_with_its_zone_byline_and_authors()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrl);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Military cooperation between Israel and Azerbaijan: challenging implications of the changing regional context", h1.TextContent);
        var time = page.QuerySelector(".article-header time")!;
        Assert.Equal("2017-02-02T10:14+04:00", time.GetAttribute("datetime"));
        Assert.Equal("2 February 2017, 10:14 (UTC+04:00)", time.TextContent);
        Assert.Equal("By Trend", page.QuerySelector(".article-header .byline")!.TextContent);
        var authors = page.QuerySelectorAll(".article-header .author").Select(a => a.TextContent);
        Assert.Equal(["Heydar Mirza", "Orkhan Sattarov"], authors);
        Assert.StartsWith(h1.TextContent, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_contents_link_to_every_section_and_its_heading()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrl);
        var article = await LoadSeedAsync();

        var links = page.QuerySelectorAll(".toc a").ToList();
        Assert.Equal(article.Sections.Count, links.Count);
        foreach (var (link, section) in links.Zip(article.Sections.OrderBy(s => s.Position)))
        {
            var target = page.GetElementById(link.GetAttribute("href")![1..]);
            Assert.NotNull(target);
            Assert.Equal("SECTION", target.TagName);
            Assert.Equal(section.Title, target.QuerySelector("h2")!.TextContent);
            Assert.Equal(section.Title, link.TextContent);
        }
    }

    [Fact]
    public async Task Paragraphs_and_sentences_carry_ids_and_the_offsets_of_their_source_text()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrl);
        var article = await LoadSeedAsync();
        var source = article.SourceText;

        foreach (var paragraph in article.Sections.SelectMany(s => s.Paragraphs))
        {
            var element = page.GetElementById($"p-{paragraph.Position}");
            Assert.NotNull(element);
            Assert.Equal("P", element.TagName);
            Assert.Equal(paragraph.Start.ToString(System.Globalization.CultureInfo.InvariantCulture), element.GetAttribute("data-start"));
            Assert.Equal(paragraph.End.ToString(System.Globalization.CultureInfo.InvariantCulture), element.GetAttribute("data-end"));
            foreach (var sentence in paragraph.Sentences)
            {
                var span = page.GetElementById($"s-{sentence.Position}");
                Assert.NotNull(span);
                Assert.Same(element, span.ParentElement);
                var (start, end) = (int.Parse(span.GetAttribute("data-start")!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(span.GetAttribute("data-end")!, System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal((sentence.Start, sentence.End), (start, end));

                // The sentence element holds its source text and nothing else (notes follow it).
                Assert.Equal(source[start..end], span.TextContent);
            }
        }
    }

    [Fact]
    public async Task Every_claim_is_marked_and_has_a_footnote_whose_source_link_slices_the_source_to_the_claim()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrlAllLayers);
        var article = await LoadSeedAsync();
        var source = article.SourceText;
        Assert.NotEmpty(article.Claims);

        foreach (var claim in article.Claims)
        {
            var n = claim.Position + 1;
            var marked = page.GetElementById($"claim-{claim.Key}");
            Assert.NotNull(marked);
            Assert.Contains("claim", marked.ClassList);
            Assert.Equal(claim.Text, marked.TextContent);

            var reference = page.GetElementById($"fnref-{n}");
            Assert.NotNull(reference);
            Assert.Equal("SUP", reference.ParentElement!.TagName);
            Assert.Equal($"#fn-{n}", reference.GetAttribute("href"));

            // The note speaks plainly: what kind of claim, who says it, when; no scores, keys or offsets.
            var note = page.GetElementById($"fn-{n}");
            Assert.NotNull(note);
            Assert.NotNull(note.QuerySelector($"a[href='#fnref-{n}']"));
            var text = note.TextContent;
            Assert.Contains(claim.CheckWorthiness >= 0.5 ? $"{n} Checkable claim" : $"{n} Claim", text, StringComparison.Ordinal);
            Assert.Equal(claim.AttributionText is not null, text.Contains(" · attributed to ", StringComparison.Ordinal));
            Assert.Equal(claim.Hedges.Count > 0, text.Contains(" · hedged (", StringComparison.Ordinal));
            Assert.DoesNotContain("worthiness", text, StringComparison.Ordinal);
            Assert.DoesNotContain(claim.Key, note.InnerHtml.Replace($"/claims/{claim.Key}", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            if (claim.AttributionEntityKey is { } key && page.GetElementById($"entity-{key}") is { } card)
            {
                // An attribution names the entity's card in the page, and the card links to the entity page.
                Assert.NotNull(note.QuerySelector($"a[href='#entity-{key}']"));
                Assert.NotNull(card.QuerySelector($"a[href='{HtmlPages.SeedUrl}/entities/{key}']"));
            }

            var sourceLink = Assert.Single(note.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("/source?char=", StringComparison.Ordinal));
            var href = sourceLink.GetAttribute("href")!;
            var (start, end) = HtmlPages.CharRange(href);
            Assert.Equal(claim.Text, source[start..end]);
            Assert.Equal($"{HtmlPages.SeedUrl}/source?char={start},{end}#char={start},{end}", href);
            Assert.Equal("details", note.QuerySelector($"a[href='{HtmlPages.SeedUrl}/claims/{claim.Key}']")!.TextContent);
        }

        Assert.Equal(article.Claims.Count, page.QuerySelectorAll(".sidenote").Length);
    }

    [Fact]
    public async Task The_default_view_is_calm_text_with_claim_numbers_and_the_glossary_at_the_end()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrl);
        var article = await LoadSeedAsync();

        Assert.Contains("layer-notes", page.Body!.ClassList);
        Assert.DoesNotContain("layer-claims", page.Body.ClassList);
        Assert.Empty(page.QuerySelectorAll("a.mention, .mention, .sidenote, .flag-note, mark.flag, .note-toggle, a.add-note"));
        foreach (var claim in article.Claims)
        {
            // Each claim keeps its wrapper (links can target it) and a small number leading to its page.
            Assert.NotNull(page.GetElementById($"claim-{claim.Key}"));
            Assert.Contains(page.QuerySelectorAll("sup.fnref a"), a => a.GetAttribute("href") == $"{HtmlPages.SeedUrl}/claims/{claim.Key}"
                && a.TextContent == (claim.Position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var tools = page.QuerySelector(".article-tools")!.TextContent;
        Assert.DoesNotContain("JSON", tools, StringComparison.Ordinal);
        Assert.DoesNotContain("Revision", tools, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("body > aside.glossary .entity-list"));
        Assert.DoesNotContain("worthiness", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claims", ".sidenote", "a.mention")]
    [InlineData("entities", "a.mention", ".sidenote")]
    [InlineData("flags", "mark.flag", "a.mention")]
    [InlineData("claims,entities", "a.mention", ".flag-note")]
    public async Task A_layer_named_in_the_address_shows_and_is_remembered_in_a_cookie(string layers, string shown, string hidden)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var (response, page) = await client.GetPageAsync($"{HtmlPages.SeedUrl}?layers={layers}&remember=1");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll(shown));
        Assert.Empty(page.QuerySelectorAll(hidden));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"layers={Uri.EscapeDataString(layers)}", StringComparison.Ordinal));

        // The next visit without ?layers= shows the remembered layers; the form's checkboxes say which.
        var (_, again) = await client.GetPageAsync(HtmlPages.SeedUrl);
        Assert.NotEmpty(again.QuerySelectorAll(shown));
        Assert.Empty(again.QuerySelectorAll(hidden));
        var checkedBoxes = again.QuerySelectorAll(".layer-control input[type=checkbox][checked]").Select(i => i.GetAttribute("value"));
        Assert.Equal(layers.Split(','), checkedBoxes);
    }

    [Fact]
    public async Task An_unknown_layer_is_a_400_that_names_the_layers()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync($"{HtmlPages.SeedUrl}?layers=claims,sparkles");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“sparkles” is not a layer of the reading page; use claims, entities, flags, notes.", page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_tags_have_a_short_title_and_an_image_and_the_description_counts_match_the_library()
    {
        var client = factory.CreateClient();
        var (_, page) = await client.GetPageAsync(HtmlPages.SeedUrl);
        var (_, library) = await client.GetPageAsync("/");

        var title = page.QuerySelector("meta[property='og:title']")!.GetAttribute("content")!;
        Assert.InRange(title.Length, 1, 90);
        var image = new Uri(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!);
        Assert.True(image.IsAbsoluteUri);
        var png = await client.GetAsync(new Uri(image.PathAndQuery, UriKind.Relative));
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);

        var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        var item = library.QuerySelectorAll(".library-item").Single(i => i.QuerySelector($"a[href='{HtmlPages.SeedUrl}']") is not null);
        var counts = item.QuerySelectorAll(".count").Select(c => c.TextContent).ToList();
        Assert.Contains(counts, c => c.EndsWith(" claims", StringComparison.Ordinal) && description.Contains(c, StringComparison.Ordinal));
        Assert.Contains(counts, c => c.EndsWith(" entities", StringComparison.Ordinal) && description.Contains(c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Footnotes_toggle_with_a_labelled_checkbox_on_narrow_screens()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrlAllLayers);

        foreach (var toggle in page.QuerySelectorAll("input.note-toggle"))
        {
            Assert.Equal("checkbox", toggle.GetAttribute("type"));
            var label = page.QuerySelector($"label[for='{toggle.Id}']");
            Assert.NotNull(label);
            Assert.Same(label, toggle.NextElementSibling);
            Assert.Contains("sidenote", label.NextElementSibling!.ClassList);
        }
    }

    [Fact]
    public async Task Every_mention_link_leads_to_an_existing_entity_page_and_is_described_by_its_card()
    {
        var client = factory.CreateClient();
        var (_, page) = await client.GetPageAsync(HtmlPages.SeedUrlAllLayers);

        var mentions = page.QuerySelectorAll("a.mention").ToList();
        Assert.True(mentions.Count > 100, $"only {mentions.Count} mention links");
        foreach (var mention in mentions)
        {
            Assert.StartsWith($"{HtmlPages.SeedUrl}/entities/", mention.GetAttribute("href"), StringComparison.Ordinal);
            var card = page.GetElementById(mention.GetAttribute("aria-describedby")!);
            Assert.NotNull(card);
            Assert.Equal(mention.GetAttribute("href"), card.QuerySelector("a")!.GetAttribute("href"));
            Assert.Matches(@"\d+ mentions?$", card.TextContent);
        }

        foreach (var href in mentions.Select(m => m.GetAttribute("href")!).Distinct())
        {
            var response = await client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{href}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Ids_are_unique_and_every_in_page_reference_resolves()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrlAllLayers);

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var references = page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..])
            .Concat(page.QuerySelectorAll("[aria-describedby]").Select(e => e.GetAttribute("aria-describedby")!))
            .Concat(page.QuerySelectorAll("[aria-labelledby]").Select(e => e.GetAttribute("aria-labelledby")!))
            .Concat(page.QuerySelectorAll("label[for]").Select(e => e.GetAttribute("for")!));
        Assert.All(references, id => Assert.Contains(id, ids));
    }

    [Fact]
    public async Task The_page_has_landmarks_one_h1_and_a_heading_outline_without_gaps()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrl);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        foreach (var landmark in new[] { "body > header", "nav", "main", "aside", "body > footer" })
        {
            Assert.NotNull(page.QuerySelector(landmark));
        }

        Assert.Equal("#main", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.Single(levels, l => l == 1);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} followed by h{pair.Second}"));
    }

    [Fact]
    public async Task Scripts_and_styles_come_from_files_only()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(HtmlPages.SeedUrl);

        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/js/", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.All(page.QuerySelectorAll("link[rel=stylesheet]"), l => Assert.StartsWith("/css/", l.GetAttribute("href"), StringComparison.Ordinal));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task The_page_with_its_style_sheets_and_scripts_weighs_at_most_150_KB()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri(HtmlPages.SeedUrl, UriKind.Relative));
        var html = await response.Content.ReadAsByteArrayAsync();
        var page = await new HtmlParser().ParseDocumentAsync(System.Text.Encoding.UTF8.GetString(html));

        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
            .ToList();
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal) || a.Contains(".css?", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal) || a.Contains(".js?", StringComparison.Ordinal));
        long total = html.Length;
        foreach (var asset in assets)
        {
            var assetResponse = await client.GetAsync(new Uri(asset, UriKind.Relative));
            assetResponse.EnsureSuccessStatusCode();
            Assert.Empty(assetResponse.Content.Headers.ContentEncoding);
            total += (await assetResponse.Content.ReadAsByteArrayAsync()).Length;
        }

        Assert.True(total <= MaxPageBytes, $"the reading page weighs {total} bytes with its assets, over {MaxPageBytes}");
    }

    private Task<Article> LoadSeedAsync() => factory.WithDbAsync(db => db.Articles
        .Include(a => a.Sections).ThenInclude(s => s.Paragraphs).ThenInclude(p => p.Sentences)
        .Include(a => a.Claims).ThenInclude(c => c.Hedges)
        .AsSplitQuery()
        .SingleAsync(a => a.Slug == HtmlPages.SeedSlug));
}
