using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ArticleReader.Tests.Browser;

/// <summary>Writing a note without JavaScript's help, and where the margin notes land at wide and narrow widths.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotesBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    // The boxes of the paragraph holding the first claim, its claim notes, and the readers' notes after it.
    private const string BoxesScript = """
        () => {
            const box = e => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
            const paragraph = document.querySelector('span.claim').closest('p');
            let aside = paragraph.nextElementSibling;
            while (aside && !aside.matches('aside.margin-notes')) { aside = aside.nextElementSibling; }
            const note = aside && aside.querySelector('.margin-note');
            return {
                paragraph: box(paragraph),
                notes: note ? box(note) : null,
                sidenotes: [...document.querySelectorAll('.sidenote, .flag-note')].filter(s => s.offsetParent !== null).map(box),
            };
        }
        """;

    private readonly TestArtifacts _artifacts = new(output);

    [BrowserFact]
    public async Task Without_scripts_a_reader_notes_a_paragraph_by_its_link_and_the_note_sits_in_the_margin_clear_of_the_claim_notes()
    {
        const string Layers = "?layers=claims,notes";
        await using var plain = await browser.NewContextAsync(1400, 900, javaScript: false);
        var page = await plain.NewPageAsync();
        await page.GotoAsync(SeedArticle.ReadingPath + Layers);
        Assert.Equal(0, await page.Locator("a.add-note").CountAsync());
        await page.ClickAsync("header.site-header >> text=Create account");
        var email = $"browser-{Guid.NewGuid():N}@example.org";
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_DisplayName", "Browser Reader");
        await page.FillAsync("#Input_Password", "Correct-Horse-9");
        await page.ClickAsync("form.account-form button[type=submit]");
        await page.WaitForSelectorAsync("p.notice[role=status]");
        await page.GotoAsync(browser.ConfirmationLink(email));
        await page.GotoAsync(SeedArticle.ReadingPath + Layers);

        // Signed in and without scripts, each paragraph offers a link to note it.
        var addNote = page.Locator("span.claim >> xpath=ancestor::p[1]/following-sibling::noscript[1]/a[contains(@class,'add-note')]");
        await addNote.First.ClickAsync();
        await page.WaitForPageAsync(url => url.Contains("/notes/new?", StringComparison.Ordinal));
        await page.FillAsync("#note-body", "A note *in the margin*, written in a browser.");
        await page.CheckAsync("input[name='Input.Visibility'][value=Public]");
        await page.FillAsync("#note-tags", "browser");
        await page.ClickAsync("form.note-form button[type=submit]:not(.secondary)");
        await page.WaitForPageAsync(url => url.Contains("#anchor-", StringComparison.Ordinal));
        Assert.Equal("Saved.", await page.Locator("p.note-status").TextContentAsync());

        // The same reader with scripts: the note is placed in the margin beside its passage.
        await using var context = await browser.NewContextAsync(1400, 900);
        await context.AddCookiesAsync((await plain.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        var scripted = await context.NewPageAsync();
        await scripted.GotoAsync(page.Url);
        await _artifacts.SavePageAsync(scripted, "notes-1-wide");
        var wide = await scripted.EvaluateAsync<JsonElement>(BoxesScript);
        output.WriteLine(wide.ToString());
        var notes = wide.GetProperty("notes");
        Assert.True(notes.ValueKind == JsonValueKind.Object, "no readers' note after the paragraph");
        Assert.True(notes.GetProperty("left").GetDouble() >= wide.GetProperty("paragraph").GetProperty("right").GetDouble() - 1, "the notes are not in the right margin");
        foreach (var sidenote in wide.GetProperty("sidenotes").EnumerateArray())
        {
            var apart = notes.GetProperty("top").GetDouble() >= sidenote.GetProperty("bottom").GetDouble() - 1
                || notes.GetProperty("bottom").GetDouble() <= sidenote.GetProperty("top").GetDouble() + 1;
            Assert.True(apart, $"the readers' note overlaps a claim note: {notes} and {sidenote}");
        }

        await scripted.SetViewportSizeAsync(390, 844);
        await scripted.WaitForFunctionAsync("() => !document.body.classList.contains('js-margin')");
        await _artifacts.SavePageAsync(scripted, "notes-2-narrow");
        var narrow = await scripted.EvaluateAsync<JsonElement>(BoxesScript);
        Assert.True(
            narrow.GetProperty("notes").GetProperty("top").GetDouble() >= narrow.GetProperty("paragraph").GetProperty("bottom").GetDouble() - 1,
            "on a narrow screen the notes do not follow the paragraph");
    }
}
