using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleReader.Notes;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Notes;

/// <summary>Note bodies and display names are untrusted: whatever a reader writes must not run in anyone's browser.</summary>
public sealed class NoteXssTests : IClassFixture<ReaderAppFactory>
{
    /// <summary>Script tags, event attributes, dangerous URL schemes (plain, mixed case, entity-encoded, split), markup smuggled in Markdown.</summary>
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "<svg onload=alert(1)>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<a href=\"javascript:alert(1)\">x</a>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](\\u006Aavascript:alert(1))",
        "<scr<script>ipt>alert(1)</script>",
        "![x](javascript:alert(1))",
        "![x](x\" onerror=\"alert(1))",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<<script>script>alert(1)<</script>/script>",
        "**bold <img src=x onerror=alert(1)>**",
        "> quote <svg><script>alert(1)</script></svg>",
        "`code <script>alert(1)</script>`",
        "[x](vbscript:msgbox(1))",
        "<body onload=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "[click](https://example.org \"t\\\" onmouseover=\\\"alert(1)\")",
        "<https://example.org/\" onmouseover=\"alert(1)>",
        "<javascript:alert(1)>",
        "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
        "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "[x]( javascript:alert(1) )",
        "<link rel=stylesheet href=javascript:alert(1)>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "[x](javascript&colon;alert(1))",
        "<img src=\"x\n\" onerror=\"alert(1)\">",
        "[a](<javascript:alert(1)>)",
        "*<em onclick=alert(1)>x</em>*",
    ];

    private readonly ReaderAppFactory _factory;

    public NoteXssTests(ReaderAppFactory factory)
    {
        // Dozens of writes from one reader: the limit is not what this test is about.
        factory.Settings["Notes:WritesPerWindow"] = "1000";
        _factory = factory;
    }

    public static TheoryData<string> EachPayload() => [.. Payloads];

    [Theory]
    [MemberData(nameof(EachPayload))]
    public async Task A_rendered_body_has_no_script_event_attribute_or_dangerous_url(string payload)
    {
        var html = new NoteBodyRenderer().ToHtml(payload);

        var fragment = await new HtmlParser().ParseDocumentAsync($"<body>{html}</body>");
        AssertInert(fragment.Body!);
        Assert.Empty(fragment.QuerySelectorAll("iframe, object, embed, form, input, svg, math, style, img, meta, base, link"));
    }

    [Fact]
    public void Links_in_notes_are_nofollow_ugc_noopener_and_only_http_https_or_mailto()
    {
        var html = new NoteBodyRenderer().ToHtml("[a](https://example.org) [b](mailto:x@example.org) <https://example.com> [c](ftp://example.org)");
        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("a").ToList();

        // The ftp link keeps its text but loses its address.
        Assert.Equal(["https://example.org", "mailto:x@example.org", "https://example.com", null], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("nofollow ugc noopener", a.GetAttribute("rel")));
    }

    [Fact]
    public async Task Payloads_in_note_bodies_are_inert_on_the_reading_and_permalink_pages()
    {
        var writer = await ReaderSession.RegisterAsync(_factory, "Payload Writer");
        var ids = new List<int>();
        foreach (var payload in Payloads)
        {
            ids.Add(await writer.AddNoteAsync(HtmlPages.SeedSlug, 300, 400, payload, "Public", "xss"));
        }

        foreach (var session in new[] { writer, ReaderSession.Anonymous(_factory) })
        {
            var page = await session.GetDocumentAsync(HtmlPages.SeedUrl);
            Assert.Equal(Payloads.Length, page.QuerySelectorAll("article.margin-note").Count(n => ids.Contains(int.Parse(n.Id!["note-".Length..], System.Globalization.CultureInfo.InvariantCulture))));
            AssertInert(page.DocumentElement);
        }

        var permalink = await ReaderSession.Anonymous(_factory).GetDocumentAsync($"/articles/{HtmlPages.SeedSlug}/notes/{ids[0]}");
        AssertInert(permalink.DocumentElement);
    }

    [Fact]
    public async Task Payloads_in_display_names_are_inert_and_shown_as_text()
    {
        var names = Payloads.Where(p => p.Length <= 100).Take(32).ToList();
        Assert.True(names.Count >= 30);
        foreach (var name in names)
        {
            var author = await ReaderSession.RegisterAsync(_factory, name);
            await author.AddNoteAsync(HtmlPages.SeedSlug, 500, 600, "Hello", "Public");
            AssertInert((await author.GetDocumentAsync("/")).DocumentElement);
        }

        var page = await ReaderSession.Anonymous(_factory).GetDocumentAsync(HtmlPages.SeedUrl);
        AssertInert(page.DocumentElement);
        var shown = page.QuerySelectorAll(".note-author").Select(a => a.TextContent).ToHashSet();
        Assert.All(names, name => Assert.Contains(name.Trim(), shown));
    }

    /// <summary>No script but the app's own, no event handler attribute, no script or data URL, no style attribute.</summary>
    private static void AssertInert(IElement root)
    {
        Assert.All(root.QuerySelectorAll("script"), s => Assert.StartsWith("/js/", s.GetAttribute("src") ?? "inline", StringComparison.Ordinal));
        foreach (var element in root.QuerySelectorAll("*").Prepend(root))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}>");
                Assert.NotEqual("style", attribute.Name);
                var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
                foreach (var scheme in new[] { "javascript:", "vbscript:", "data:" })
                {
                    Assert.False(value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && attribute.Name is "href" or "src" or "action" or "formaction" or "data" or "xlink:href" or "content",
                        $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }

                Assert.DoesNotContain("javascript:", value, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Empty(root.QuerySelectorAll(".margin-notes iframe, .margin-notes object, .margin-notes embed, .margin-notes svg, .margin-notes style, .margin-notes img"));
    }
}
