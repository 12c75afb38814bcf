using System.Text.Json;
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
            return {
                paragraph: box(paragraph),
                notes: aside ? box(aside) : null,
                sidenotes: [...paragraph.querySelectorAll('.sidenote')].filter(s => s.offsetParent !== null).map(box),
            };
        }
        """;

    private readonly TestArtifacts _artifacts = new(output);

    [BrowserFact]
    public async Task A_reader_registers_adds_a_public_note_by_form_and_it_sits_in_the_margin_clear_of_the_claim_notes()
    {
        await using var context = await browser.NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync(SeedArticle.ReadingPath);
        var addNote = page.Locator("span.claim >> xpath=ancestor::p[1]/following-sibling::a[contains(@class,'add-note')][1]");
        await addNote.First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));

        await page.ClickAsync("text=Create one");
        var email = $"browser-{Guid.NewGuid():N}@example.org";
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_DisplayName", "Browser Reader");
        await page.FillAsync("#Input_Password", "Correct-Horse-9");
        await page.ClickAsync("form.account-form button[type=submit]");
        await page.WaitForSelectorAsync("p.notice[role=status]");
        // The confirmation link carries the return URL: it signs the reader in and goes on to the note form.
        await page.GotoAsync(browser.ConfirmationLink(email));
        await page.WaitForURLAsync(url => url.Contains("/notes/new?", StringComparison.Ordinal));

        await page.FillAsync("#note-body", "A note *in the margin*, written in a browser.");
        await page.CheckAsync("input[name='Input.Visibility'][value=Public]");
        await page.FillAsync("#note-tags", "browser");
        await page.ClickAsync("form.note-form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("#note-", StringComparison.Ordinal));
        await _artifacts.SavePageAsync(page, "notes-1-wide");

        var wide = await page.EvaluateAsync<JsonElement>(BoxesScript);
        output.WriteLine(wide.ToString());
        var notes = wide.GetProperty("notes");
        Assert.True(notes.ValueKind == JsonValueKind.Object, "no aside.margin-notes after the paragraph");
        Assert.True(notes.GetProperty("left").GetDouble() >= wide.GetProperty("paragraph").GetProperty("right").GetDouble() - 1, "the notes are not in the right margin");
        foreach (var sidenote in wide.GetProperty("sidenotes").EnumerateArray())
        {
            Assert.True(
                notes.GetProperty("top").GetDouble() >= sidenote.GetProperty("bottom").GetDouble() - 1,
                $"the readers' notes overlap a claim note: {notes} and {sidenote}");
        }

        await page.SetViewportSizeAsync(390, 844);
        await _artifacts.SavePageAsync(page, "notes-2-narrow");
        var narrow = await page.EvaluateAsync<JsonElement>(BoxesScript);
        Assert.True(
            narrow.GetProperty("notes").GetProperty("top").GetDouble() >= narrow.GetProperty("paragraph").GetProperty("bottom").GetDouble() - 1,
            "on a narrow screen the notes do not follow the paragraph");
    }
}
