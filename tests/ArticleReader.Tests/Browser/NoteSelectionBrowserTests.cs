using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ArticleReader.Tests.Browser;

/// <summary>
/// Writing a note from a selection (notes.js): the "Add note" link that selected text offers carries the selection's
/// source range to the note form, and the note comes back beside its sentence, to its author only when private.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NoteSelectionBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    // A sentence to select, one per test (by index among the candidates; with level, only where the margin is free),
    // scrolled to the middle of the viewport: the
    // only sentence of its paragraph, with no claim or flag, that neither starts nor ends inside a link (pressing the
    // mouse on a link would drag the link) and has an empty margin beside it, else the last such sentence of a
    // paragraph. Returns its id, offsets, text
    // and the points just inside its first and last characters.
    private const string PickSentenceScript = """
        ([index, level]) => {
            const textNodes = s => { const w = document.createTreeWalker(s, NodeFilter.SHOW_TEXT); const a = []; while (w.nextNode()) if (w.currentNode.data.length) a.push(w.currentNode); return a; };
            const fits = s => {
                const t = textNodes(s);
                return s.textContent.trim().length > 30 && t.length > 0 && !t[0].parentElement.closest('a') && !t[t.length - 1].parentElement.closest('a')
                    && !s.querySelector('.claim, mark') && !s.closest('.claim');
            };
            // Margin notes stack (each clears the ones before it, the claim notes of earlier paragraphs included), so a
            // note can sit level with its sentence only where the earlier margin notes end above the sentence's end.
            const margin = [...document.querySelectorAll('.sidenote, .flag-note, .margin-notes')].filter(e => e.offsetParent);
            const free = s => margin.every(m => !(s.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_PRECEDING) || m.getBoundingClientRect().bottom <= s.getBoundingClientRect().bottom);
            const all = [...document.querySelectorAll('.article-section p > span.s:last-of-type')].filter(s => fits(s) && (!level || free(s)));
            const single = all.filter(s => s.parentElement.querySelectorAll('span.s').length === 1 && !s.parentElement.querySelector('.sidenote, .flag-note'));
            const sentence = single.length > index ? single[index] : all[Math.min(index, all.length - 1)];
            if (!sentence) return { error: 'no sentence to select (' + all.length + ' candidates)' };
            sentence.scrollIntoView({ block: 'center' });
            const t = textNodes(sentence);
            const first = document.createRange(); first.setStart(t[0], 0); first.setEnd(t[0], 1);
            const lastNode = t[t.length - 1];
            const last = document.createRange(); last.setStart(lastNode, lastNode.data.length - 1); last.setEnd(lastNode, lastNode.data.length);
            const a = first.getBoundingClientRect(), b = last.getBoundingClientRect();
            return {
                id: sentence.id, start: Number(sentence.dataset.start), end: Number(sentence.dataset.end), text: sentence.textContent,
                fromX: a.left + 1, fromY: (a.top + a.bottom) / 2, toX: b.right - 1, toY: (b.top + b.bottom) / 2,
            };
        }
        """;

    private readonly TestArtifacts _artifacts = new(output);

    private sealed record Selected(string Id, int Start, int End, string Text, int NoteId);

    [BrowserFact]
    public async Task Selecting_a_sentence_with_the_mouse_offers_Add_note_and_the_note_sits_in_the_margin_beside_it()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();
        await browser.RegisterAsync(page, "Selecting Reader");
        var selected = await AddNoteBySelectionAsync(page, 0, "Private", "select-1", level: true);

        await page.GotoAsync(SeedArticle.ReadingPath);
        var anchor = page.Locator($"mark.note-anchor#anchor-{selected.NoteId}");
        Assert.Equal(selected.Text, await anchor.TextContentAsync());
        await page.Locator($"#note-{selected.NoteId}").ScrollIntoViewIfNeededAsync();
        await _artifacts.SavePageAsync(page, "select-3-note-in-margin");

        var boxes = await page.EvaluateAsync<JsonElement>(
            """
            ([sentenceId, noteId]) => {
                const box = e => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
                const sentence = document.getElementById(sentenceId);
                return { sentence: box(sentence), paragraph: box(sentence.closest('p')), note: box(document.getElementById('note-' + noteId)) };
            }
            """,
            new object[] { selected.Id, selected.NoteId });
        output.WriteLine(boxes.ToString());
        var sentence = boxes.GetProperty("sentence");
        var note = boxes.GetProperty("note");
        const double tolerance = 24;
        Assert.True(
            note.GetProperty("top").GetDouble() >= sentence.GetProperty("top").GetDouble() - tolerance
            && note.GetProperty("top").GetDouble() <= sentence.GetProperty("bottom").GetDouble() + tolerance,
            $"the note is not level with its sentence: {boxes}");
        Assert.True(
            note.GetProperty("left").GetDouble() >= boxes.GetProperty("paragraph").GetProperty("right").GetDouble() - 1,
            $"the note is not right of the text column: {boxes}");

        // A selection made otherwise than by the mouse (here by script, as Shift+arrows or touch would) offers the same
        // link, now over the highlighted sentence, and the link goes when the selection collapses.
        await page.EvaluateAsync("id => getSelection().selectAllChildren(document.getElementById(id))", selected.Id);
        var link = page.Locator("a.sel-note");
        await link.WaitForAsync();
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"?start={selected.Start}&end={selected.End}"), await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.EvaluateAsync("() => getSelection().collapseToEnd()");
        await link.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    [BrowserFact]
    public async Task Another_reader_sees_neither_a_private_note_made_from_a_selection_nor_its_highlight()
    {
        int noteId;
        await using (var author = await browser.NewContextAsync(1400, 900))
        {
            var page = await author.NewPageAsync();
            await browser.RegisterAsync(page, "Private Author");
            noteId = (await AddNoteBySelectionAsync(page, 3, "Private", "private-1")).NoteId;
        }

        await using var other = await browser.NewContextAsync(1400, 900);
        var otherPage = await other.NewPageAsync();
        await browser.RegisterAsync(otherPage, "Other Reader");
        await otherPage.GotoAsync(SeedArticle.ReadingPath);
        await _artifacts.SavePageAsync(otherPage, "private-3-other-reader");
        Assert.Equal(0, await otherPage.Locator($"#note-{noteId}, #anchor-{noteId}").CountAsync());
        Assert.DoesNotContain("written from a selection in private-1", await otherPage.ContentAsync(), StringComparison.Ordinal);

        var permalink = await otherPage.GotoAsync(string.Create(CultureInfo.InvariantCulture, $"{SeedArticle.ReadingPath}/notes/{noteId}"));
        Assert.Equal(404, permalink!.Status);
    }

    [BrowserFact]
    public async Task A_public_notes_permalink_leads_into_the_article_where_its_note_is_the_highlighted_target()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();
        await browser.RegisterAsync(page, "Public Author");
        var selected = await AddNoteBySelectionAsync(page, 4, "Public", "public-1");

        await SeedArticle.OpenAsync(page, string.Create(CultureInfo.InvariantCulture, $"{SeedArticle.ReadingPath}/notes/{selected.NoteId}"), _artifacts, "public-3-permalink");
        await page.ClickAsync("text=The note beside its passage in the article");
        await page.WaitForPageAsync(url => url.EndsWith($"#note-{selected.NoteId}", StringComparison.Ordinal));
        await _artifacts.SavePageAsync(page, "public-4-target");

        var styles = await page.EvaluateAsync<JsonElement>(
            """
            async (id) => {
                const note = document.getElementById('note-' + id);
                const style = () => getComputedStyle(note).borderLeftColor;
                const target = { matches: note.matches(':target'), border: style() };
                history.replaceState(null, '', '#');
                location.hash = 'article-title';
                await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                return { target, other: { matches: note.matches(':target'), border: style() }, anchor: document.getElementById('anchor-' + id).textContent };
            }
            """,
            selected.NoteId);
        output.WriteLine(styles.ToString());
        Assert.True(styles.GetProperty("target").GetProperty("matches").GetBoolean(), "the note is not the :target");
        Assert.False(styles.GetProperty("other").GetProperty("matches").GetBoolean());
        Assert.NotEqual(styles.GetProperty("other").GetProperty("border").GetString(), styles.GetProperty("target").GetProperty("border").GetString());
        Assert.Equal(selected.Text, styles.GetProperty("anchor").GetString());

        // Without a mouse: the link after the highlight focuses the note, its back link the highlight, and j the first note.
        await page.FocusAsync($"a.note-ref[href='#note-{selected.NoteId}']");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal($"note-{selected.NoteId}", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.FocusAsync($"#note-{selected.NoteId} a.note-backref");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal($"anchor-{selected.NoteId}", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.EvaluateAsync("() => document.activeElement.blur()");
        await page.Keyboard.PressAsync("j");
        Assert.Equal(
            await page.EvaluateAsync<string>("() => document.querySelector('.margin-note').id"),
            await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await _artifacts.SavePageAsync(page, "public-5-keyboard");
    }

    [BrowserFact]
    public async Task With_the_keyboard_a_reader_notes_a_sentence_and_extends_it_with_shift_and_an_arrow()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();
        await browser.RegisterAsync(page, "Keyboard Reader");
        await page.GotoAsync(SeedArticle.ReadingPath);

        // The text is one tab stop, right after the contents.
        await page.FocusAsync(".toc li:last-child a");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("s-0", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("s-1", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var link = page.Locator("a.sel-note");
        Assert.Equal("Note this sentence", await link.TextContentAsync());

        await page.Keyboard.PressAsync("Shift+ArrowDown");
        Assert.Equal("Note these 2 sentences", await link.TextContentAsync());
        var range = await page.EvaluateAsync<JsonElement>("() => ({ start: +document.getElementById('s-1').dataset.start, end: +document.getElementById('s-2').dataset.end })");
        var (start, end) = (range.GetProperty("start").GetInt32(), range.GetProperty("end").GetInt32());
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"/notes/new?start={start}&end={end}"), await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        await _artifacts.SavePageAsync(page, "keyboard-1-two-sentences");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForPageAsync(url => url.Contains("/notes/new?", StringComparison.Ordinal));
        var quoted = await page.Locator("figure.note-quote mark").TextContentAsync();
        var texts = await page.EvaluateAsync<string>("() => document.querySelector('figure.note-quote blockquote').textContent");
        Assert.Equal(texts, quoted);
    }

    // Selects a whole sentence by dragging the mouse from its first character to its last, follows the "Add note" link
    // the selection offers, and submits the form; returns the sentence and the new note's id.
    private async Task<Selected> AddNoteBySelectionAsync(IPage page, int index, string visibility, string name, bool level = false)
    {
        await page.GotoAsync(SeedArticle.ReadingPath);
        var target = await page.EvaluateAsync<JsonElement>(PickSentenceScript, new object[] { index, level });
        output.WriteLine(target.ToString());
        Assert.False(target.TryGetProperty("error", out var error), error.ToString());
        await page.Mouse.MoveAsync(target.GetProperty("fromX").GetSingle(), target.GetProperty("fromY").GetSingle());
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(target.GetProperty("toX").GetSingle(), target.GetProperty("toY").GetSingle(), new MouseMoveOptions { Steps = 8 });
        await page.Mouse.UpAsync();
        Assert.Equal(target.GetProperty("text").GetString(), await page.EvaluateAsync<string>("() => getSelection().toString()"));

        var start = target.GetProperty("start").GetInt32();
        var end = target.GetProperty("end").GetInt32();
        var addNote = page.Locator("a.sel-note");
        await addNote.WaitForAsync();
        await _artifacts.SavePageAsync(page, name + "-selection");
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"/notes/new?start={start}&end={end}"), await addNote.GetAttributeAsync("href"), StringComparison.Ordinal);

        await addNote.ClickAsync();
        await page.WaitForPageAsync(url => url.Contains("/notes/new?", StringComparison.Ordinal));
        await page.FillAsync("#note-body", $"A note written from a selection in {name}.");
        await page.CheckAsync($"input[name='Input.Visibility'][value={visibility}]");
        await _artifacts.SavePageAsync(page, name + "-form");
        await page.ClickAsync("form.note-form button[type=submit]:not(.secondary)");
        await page.WaitForPageAsync(url => url.Contains("#anchor-", StringComparison.Ordinal));
        var id = int.Parse(page.Url[(page.Url.LastIndexOf("#anchor-", StringComparison.Ordinal) + 8)..], CultureInfo.InvariantCulture);
        return new Selected(target.GetProperty("id").GetString()!, start, end, target.GetProperty("text").GetString()!, id);
    }
}
