using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ArticleReader.Tests.Browser;

/// <summary>
/// The numbers of issue 12, measured in Chromium on the seed: a calm default view (DOM size, Tab stops, no tint),
/// margin notes level with their lines with the claims layer on and overlapping nothing, no hover card during a drag,
/// the charts within a phone's width, and the printed article within six A4 pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReadingLayoutBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const int MaxElements = 900;
    private const int MaxTabStops = 150;
    private const double Slack = 24;
    private const int MaxPrintedPages = 6;

    // Elements, Tab stops (focusable, visible, not in a closed <details> unless its summary) and tinted text.
    private const string CalmScript = """
        () => {
            const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            // Chromium keeps boxes for a closed <details>'s content (content-visibility), yet skips it when tabbing.
            const closed = e => { const d = e.parentElement && e.parentElement.closest('details:not([open])'); return d && !(e.tagName === 'SUMMARY' && e.parentElement === d); };
            const focusable = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
                .filter(e => !e.disabled && e.tabIndex >= 0 && visible(e) && !closed(e));
            const clear = c => c === 'rgba(0, 0, 0, 0)' || c === 'transparent';
            const tinted = [...document.querySelectorAll('span.s, span.claim')].filter(e => !clear(getComputedStyle(e).backgroundColor));
            const underlined = [...document.querySelectorAll('.article-section span.s *')]
                .filter(e => !e.closest('sup') && getComputedStyle(e).textDecorationLine.includes('underline'));
            return { elements: document.querySelectorAll('*').length, tabStops: focusable.length, tinted: tinted.length, underlined: underlined.length };
        }
        """;

    // Every margin note's top against its reference line, and every overlap of a note with another or with content.
    private const string MarginScript = """
        () => {
            const line = e => (e.getClientRects()[0] || e.getBoundingClientRect()).top;
            const items = [
                ...[...document.querySelectorAll('.sidenote')].map(n => ({ n, ref: document.getElementById('fnref-' + n.id.slice(3)) })),
                ...[...document.querySelectorAll('.flag-note')].map(n => ({ n, ref: n.previousElementSibling })),
                ...[...document.querySelectorAll('.article-section .margin-notes > .margin-note')].map(n => ({ n, ref: document.getElementById('anchor-' + n.id.slice(5)) || n.parentElement.previousElementSibling })),
            ];
            const box = e => e.getBoundingClientRect();
            const offset = i => box(i.n).top - line(i.ref);
            const byId = new Map(items.map(i => [i.n.id, i]));
            const far = [];
            let max = 0, collapsed = 0, stacked = 0;
            for (const i of items) {
                const d = offset(i);
                collapsed += i.n.classList.contains('collapsed') ? 1 : 0;
                if (i.n.classList.contains('stacked')) {
                    stacked++;
                    const head = byId.get(i.n.dataset.stack);
                    if (!head || Math.abs(offset(head)) > 24) far.push({ id: i.n.id, offset: d, stack: i.n.dataset.stack });
                    continue;
                }
                max = Math.max(max, Math.abs(d));
                if (d > 24 || d < -24) far.push({ id: i.n.id, offset: d });
            }
            const meets = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            const content = [...document.querySelectorAll('main p, main h1, main h2, main li, main .toc, aside.glossary, body > footer')]
                .filter(e => !e.closest('.sidenote, .flag-note, .margin-notes, .endnotes') && e.getClientRects().length);
            const overlaps = [];
            items.forEach((a, k) => {
                const r = box(a.n);
                items.slice(k + 1).forEach(b => { if (meets(r, box(b.n))) overlaps.push(a.n.id + ' / ' + b.n.id); });
                content.filter(c => !c.contains(a.n) && meets(r, box(c))).forEach(c => overlaps.push(a.n.id + ' / ' + (c.id || c.tagName + '.' + c.className)));
            });
            return { notes: items.length, max, collapsed, stacked, far, overlaps, wide: document.body.classList.contains('js-margin') };
        }
        """;

    private readonly TestArtifacts _artifacts = new(output);

    [BrowserFact]
    public async Task The_default_view_is_calm_and_small()
    {
        var seen = await CalmViewAsync("calm-default");
        Assert.InRange(seen.GetProperty("elements").GetInt32(), 1, MaxElements);
        Assert.Equal(0, seen.GetProperty("tinted").GetInt32());
        Assert.Equal(0, seen.GetProperty("underlined").GetInt32());
    }

    [BrowserFact]
    public async Task The_default_view_is_quick_to_tab_through()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();
        await SeedArticle.OpenAsync(page, SeedArticle.ReadingPath, _artifacts, "calm-tab-stops");
        var counted = (await page.EvaluateAsync<JsonElement>(CalmScript)).GetProperty("tabStops").GetInt32();

        // The count above, checked against the keyboard itself: Tab from the top until the focus leaves the page.
        var stops = new List<string>();
        for (var i = 0; i <= MaxTabStops + 50; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>(
                "() => document.activeElement === document.body ? null : document.activeElement.outerHTML.slice(0, 80)");
            if (focused is null)
            {
                break;
            }

            stops.Add(focused);
        }

        output.WriteLine($"Tab stops: {stops.Count} pressing Tab, {counted} counted; the glossary's entries: {await page.Locator(".glossary-entries summary").TextContentAsync()}");
        Assert.InRange(stops.Count, 1, MaxTabStops);
        Assert.InRange(counted, 1, MaxTabStops);

        // Nothing is out of the keyboard's reach: the glossary opens from its summary, and its links follow.
        await page.Locator(".glossary-entries summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(
            await page.Locator(".entity-list a").First.GetAttributeAsync("href"),
            await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
    }

    private async Task<JsonElement> CalmViewAsync(string screenshot)
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();
        await SeedArticle.OpenAsync(page, SeedArticle.ReadingPath, _artifacts, screenshot);
        var seen = await page.EvaluateAsync<JsonElement>(CalmScript);
        output.WriteLine($"default view: {seen}");
        return seen;
    }

    [BrowserFact]
    public async Task With_the_claims_layer_every_margin_note_is_level_with_its_line_and_overlaps_nothing()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();
        await SeedArticle.OpenAsync(page, SeedArticle.ReadingPath + "?layers=claims,flags,notes", _artifacts, "margin-claims");

        var seen = await page.EvaluateAsync<JsonElement>(MarginScript);
        output.WriteLine($"claims layer at 1400 px: {seen}");
        Assert.True(seen.GetProperty("wide").GetBoolean(), "the margin layout is not on at 1400 px");
        Assert.True(seen.GetProperty("notes").GetInt32() > 30, "too few margin notes to measure");
        Assert.True(seen.GetProperty("far").GetArrayLength() == 0, $"notes more than {Slack} px from their line: {seen.GetProperty("far")}");
        Assert.True(seen.GetProperty("overlaps").GetArrayLength() == 0, $"overlaps: {seen.GetProperty("overlaps")}");

        // Opening a shortened note pushes what follows down and still overlaps nothing.
        var more = page.Locator(".note-more").First;
        if (await more.CountAsync() > 0)
        {
            await more.ClickAsync();
            Assert.Equal("true", await more.GetAttributeAsync("aria-expanded"));
            var opened = await page.EvaluateAsync<JsonElement>(MarginScript);
            Assert.True(opened.GetProperty("overlaps").GetArrayLength() == 0, $"overlaps after opening a note: {opened.GetProperty("overlaps")}");
        }

        // Narrow screens keep the notes inline, behind their numbers.
        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForFunctionAsync("() => !document.body.classList.contains('js-margin')");
        Assert.False(await page.Locator(".sidenote").First.IsVisibleAsync());
        Assert.True(await page.Locator("label.note-label").First.IsVisibleAsync());
    }

    [BrowserFact]
    public async Task A_drag_selection_across_a_name_opens_no_hover_card()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();
        await SeedArticle.OpenAsync(page, SeedArticle.ReadingPath + "?layers=entities,notes");
        var points = await page.EvaluateAsync<JsonElement>("""
            () => {
                const mention = [...document.querySelectorAll('.article-section a.mention')].find(a => a.previousSibling && a.previousSibling.nodeType === 3 && a.previousSibling.data.length > 8);
                mention.scrollIntoView({ block: 'center' });
                const before = document.createRange(); before.setStart(mention.previousSibling, 1); before.setEnd(mention.previousSibling, 2);
                const a = before.getBoundingClientRect(), m = mention.getBoundingClientRect();
                return { fromX: a.left, fromY: (a.top + a.bottom) / 2, overX: (m.left + m.right) / 2, overY: (m.top + m.bottom) / 2, toX: m.right + 12, toY: (m.top + m.bottom) / 2 };
            }
            """);
        await page.Mouse.MoveAsync(points.GetProperty("fromX").GetSingle(), points.GetProperty("fromY").GetSingle());
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(points.GetProperty("overX").GetSingle(), points.GetProperty("overY").GetSingle(), new MouseMoveOptions { Steps = 6 });
        await page.WaitForTimeoutAsync(400);
        Assert.True(await page.Locator(".hovercard").IsHiddenAsync(), "a hover card opened during the drag");
        await page.Mouse.MoveAsync(points.GetProperty("toX").GetSingle(), points.GetProperty("toY").GetSingle(), new MouseMoveOptions { Steps = 4 });
        await page.Mouse.UpAsync();
        await _artifacts.SavePageAsync(page, "drag-over-name");

        Assert.True(await page.Locator(".hovercard").IsHiddenAsync(), "a hover card opened at the end of the drag");
        var selection = await page.EvaluateAsync<JsonElement>("() => ({ text: getSelection().toString(), inCard: !!getSelection().anchorNode?.parentElement?.closest('.hovercard') })");
        Assert.False(selection.GetProperty("inCard").GetBoolean());
        Assert.InRange(selection.GetProperty("text").GetString()!.Length, 3, 400);
    }

    [BrowserFact]
    public async Task On_a_phone_the_timeline_and_the_actor_map_fit_the_screen_and_the_full_chart_opens_on_demand()
    {
        await using var context = await browser.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        foreach (var chart in new[] { "timeline", "actors" })
        {
            await SeedArticle.OpenAsync(page, $"{SeedArticle.ReadingPath}/{chart}", _artifacts, $"phone-{chart}");
            var widths = await page.EvaluateAsync<JsonElement>("() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })");
            output.WriteLine($"{chart} at 390 px: {widths}");
            Assert.True(widths.GetProperty("scroll").GetInt32() <= widths.GetProperty("client").GetInt32(), $"the {chart} scrolls sideways: {widths}");
            Assert.True(await page.Locator(".phone-list").IsVisibleAsync(), $"the {chart} shows no list on a phone");
            Assert.False(await page.Locator("svg").First.IsVisibleAsync());
            await page.ClickAsync("details.full-chart > summary");
            Assert.True(await page.Locator("svg").First.IsVisibleAsync(), $"the full {chart} does not open");
        }
    }

    [BrowserFact]
    public async Task Actor_edges_have_one_label_each_off_the_line_and_no_label_overlaps_another()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();
        await SeedArticle.OpenAsync(page, $"{SeedArticle.ReadingPath}/actors", _artifacts, "actors-labels");
        var seen = await page.EvaluateAsync<JsonElement>("""
            () => {
                const edges = [...document.querySelectorAll('g.edge')];
                const labels = [...document.querySelectorAll('text.edge-label, text.actor-label')].map(t => ({ t, r: t.getBoundingClientRect() }));
                const meets = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
                const overlaps = [];
                labels.forEach((a, i) => labels.slice(i + 1).forEach(b => {
                    if ((a.t.matches('.edge-label') || b.t.matches('.edge-label')) && meets(a.r, b.r)) overlaps.push(a.t.textContent + ' / ' + b.t.textContent);
                }));
                // Off the line: the middle of a label is not on its own edge's path.
                const onLine = edges.filter(g => {
                    const label = g.querySelector('text.edge-label'); const path = g.querySelector('path');
                    if (!label) return false;
                    const r = label.getBBox(); const svg = g.ownerSVGElement; const p = svg.createSVGPoint();
                    p.x = r.x + r.width / 2; p.y = r.y + r.height / 2;
                    return path.isPointInStroke(p);
                }).length;
                return { edges: edges.length, most: Math.max(...edges.map(g => g.querySelectorAll('text').length)), overlaps, onLine };
            }
            """);
        output.WriteLine($"actor map labels: {seen}");
        Assert.True(seen.GetProperty("edges").GetInt32() > 0);
        Assert.Equal(1, seen.GetProperty("most").GetInt32());
        Assert.True(seen.GetProperty("overlaps").GetArrayLength() == 0, $"labels overlap: {seen.GetProperty("overlaps")}");
        Assert.Equal(0, seen.GetProperty("onLine").GetInt32());
    }

    [BrowserFact]
    public async Task The_article_prints_as_text_with_endnotes_on_at_most_six_a4_pages()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();
        await SeedArticle.OpenAsync(page, SeedArticle.ReadingPath);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var printed = await page.EvaluateAsync<JsonElement>("""
            () => ({
                controls: [...document.querySelectorAll('.site-header, .layer-control, .toc, .glossary, .site-search, .sidenote')].filter(e => e.getClientRects().length).length,
                endnotes: [...document.querySelectorAll('.endnotes li')].filter(e => e.getClientRects().length).length,
                claims: document.querySelectorAll('span.claim').length,
            })
            """);
        output.WriteLine($"print: {printed}");
        Assert.Equal(0, printed.GetProperty("controls").GetInt32());
        Assert.Equal(printed.GetProperty("claims").GetInt32(), printed.GetProperty("endnotes").GetInt32());

        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        await _artifacts.SaveBytesAsync("reading-print.pdf", pdf);
        var pages = PdfPage().Count(Encoding.Latin1.GetString(pdf));
        output.WriteLine($"printed pages: {pages}");
        Assert.InRange(pages, 1, MaxPrintedPages);
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPage();
}
