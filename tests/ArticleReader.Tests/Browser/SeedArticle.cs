using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ArticleReader.Tests.Browser;

/// <summary>A claim of the seed article: its key, and when known its source range and text.</summary>
public sealed record SeedClaim(string Key, int Start, int End, string? Text);

/// <summary>The keys the page tests need.</summary>
public sealed record SeedKeys(SeedClaim Claim, string EntityKey);

/// <summary>A claim's footnote source link as the reading page shows it, and the claim's text without footnote markers.</summary>
public sealed record ClaimFootnote(string Href, int Start, int End, string ClaimText);

/// <summary>
/// The seed article's pages and their documented URLs and selectors:
/// <list type="bullet">
/// <item><c>/articles/{slug}</c>: the reading page; each claim is <c>&lt;span class="claim" id="claim-{key}"&gt;</c>
/// (highlighted when it is the <c>:target</c>), with a footnote whose source link goes to the source view;</item>
/// <item><c>/articles/{slug}/source?char=S,E#char=S,E</c>: the source view, the passage in <c>&lt;mark id="passage"&gt;</c>;</item>
/// <item><c>/articles/{slug}/claims/{key}</c>: a claim's permalink page, linking to <c>/articles/{slug}#claim-{key}</c>;</item>
/// <item><c>/articles/{slug}/entities/{key}</c>: an entity's page;</item>
/// <item><c>/api/articles/{slug}</c>: the article document (docs/document-format.md), with <c>claims[]</c> and <c>entities[]</c>.</item>
/// </list>
/// </summary>
public static partial class SeedArticle
{
    public const string Slug = "military-cooperation-between-israel-and-azerbaijan";

    public const string ReadingPath = "/articles/" + Slug;

    /// <summary>The reading page with every layer on: claims with their notes, names, flags and readers' notes.</summary>
    public const string AllLayersPath = ReadingPath + "?layers=claims,entities,flags,notes";

    public const string ApiPath = "/api/articles/" + Slug;

    // Finds a claim's footnote source link and the claim's text without markers (see FindFootnoteAsync).
    private const string FindFootnoteScript = """
        ([key, start, end]) => {
            const claim = document.getElementById('claim-' + key);
            if (!claim) return { error: 'the reading page has no element with id "claim-' + key + '"' };
            if (!claim.matches('span.claim')) return { error: '#claim-' + key + ' is not a span.claim: ' + claim.outerHTML.slice(0, 200) };

            const rangeOf = a => {
                const m = /\/source\?char=(\d+),(\d+)/.exec(a.getAttribute('href') || '');
                return m ? [Number(m[1]), Number(m[2])] : null;
            };
            const fits = a => { const r = rangeOf(a); return r !== null && (start === null || (r[0] === start && r[1] === end)); };

            // The claim's own footnote: links in the claim, then in the notes its in-page references point to.
            const near = [...claim.querySelectorAll('a')];
            const noteIds = [...claim.querySelectorAll('a[href^="#"]')].map(a => decodeURIComponent(a.getAttribute('href').slice(1)));
            for (const attribute of ['aria-describedby', 'aria-details']) {
                for (const element of [claim, ...claim.querySelectorAll('[' + attribute + ']')]) {
                    noteIds.push(...(element.getAttribute(attribute) || '').split(/\s+/).filter(Boolean));
                }
            }
            for (const id of noteIds) {
                const note = document.getElementById(id);
                if (note && note !== claim) near.push(...note.querySelectorAll('a'));
            }
            let link = near.find(fits);
            if (!link && start !== null) link = [...document.querySelectorAll('a')].find(fits);
            if (!link) {
                return { error: 'no footnote source link (/articles/…/source?char=S,E#char=S,E) found for claim ' + key
                    + (start === null ? '' : ' at ' + start + ',' + end) };
            }

            // The claim's text without its footnote markers (superscripts, note references).
            const copy = claim.cloneNode(true);
            copy.querySelectorAll('sup, [role="doc-noteref"]').forEach(e => e.remove());
            copy.querySelectorAll('a[href^="#"]').forEach(a => {
                if (/^\s*[\[(]?(\d+|[*†‡§])[\])]?\s*$/.test(a.textContent)) a.remove();
            });
            return { href: link.getAttribute('href'), claimText: copy.textContent };
        }
        """;

    public static string SourcePath(int start, int end) =>
        string.Create(CultureInfo.InvariantCulture, $"{ReadingPath}/source?char={start},{end}#char={start},{end}");

    public static string ClaimPath(string key) => $"{ReadingPath}/claims/{key}";

    public static string ClaimAnchorPath(string key) => $"{ReadingPath}#claim-{key}";

    public static string EntityPath(string key) => $"{ReadingPath}/entities/{key}";

    /// <summary>
    /// Opens <paramref name="path"/>, saves what the page shows when <paramref name="artifacts"/> is given (even an error
    /// page), then fails unless the server answered 200: a missing page must not pass as the error page.
    /// </summary>
    public static async Task OpenAsync(IPage page, string path, TestArtifacts? artifacts = null, string? name = null)
    {
        var response = await page.GotoAsync(path);
        if (artifacts is not null)
        {
            await artifacts.SavePageAsync(page, name ?? throw new ArgumentNullException(nameof(name)));
        }

        Assert.NotNull(response);
        Assert.True(response.Status == (int)HttpStatusCode.OK, $"GET {path} answered {response.Status}, not 200: the page is not there (yet?).");
    }

    /// <summary>
    /// The first claim and entity of the seed, from <c>/api/articles/{slug}</c> (<c>claims[0]</c>, <c>entities[0]</c>),
    /// or, while the API is absent, from the reading page (its first <c>span.claim</c>, that claim's footnote source link,
    /// and its first link to an entity page).
    /// </summary>
    public static async Task<SeedKeys> LoadKeysAsync(BrowserFixture browser, IPage page)
    {
        using var client = browser.CreateClient();
        using var response = await client.GetAsync(new Uri(ApiPath, UriKind.Relative));
        if (response.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var claim = json.RootElement.GetProperty("claims")[0];
            var entity = json.RootElement.GetProperty("entities")[0];
            return new SeedKeys(
                new SeedClaim(
                    claim.GetProperty("key").GetString()!,
                    claim.GetProperty("start").GetInt32(),
                    claim.GetProperty("end").GetInt32(),
                    claim.GetProperty("text").GetString()),
                entity.GetProperty("key").GetString()!);
        }

        await OpenAsync(page, AllLayersPath);
        var firstClaimId = await page.Locator("span.claim[id^='claim-']").First.GetAttributeAsync("id");
        Assert.NotNull(firstClaimId);
        var claimKey = firstClaimId["claim-".Length..];
        var footnote = await FindFootnoteAsync(page, claimKey, range: null);

        var entityHref = await page.Locator($"a[href^='{ReadingPath}/entities/']").First.GetAttributeAsync("href");
        Assert.NotNull(entityHref);
        var entityKey = entityHref[$"{ReadingPath}/entities/".Length..].Split('?', '#')[0];
        return new SeedKeys(new SeedClaim(claimKey, footnote.Start, footnote.End, Text: null), entityKey);
    }

    /// <summary>
    /// On the reading page, the source link of claim <paramref name="key"/>'s footnote: a source link inside the claim,
    /// or in the note an in-page reference of the claim points to, or (when <paramref name="range"/> is known) a link to
    /// that exact range anywhere on the page. Also the claim's text with its footnote markers removed.
    /// </summary>
    public static async Task<ClaimFootnote> FindFootnoteAsync(IPage page, string key, (int Start, int End)? range)
    {
        var found = await page.EvaluateAsync<JsonElement>(
            FindFootnoteScript,
            new object?[] { key, range?.Start, range?.End });
        if (found.TryGetProperty("error", out var error))
        {
            Assert.Fail(error.GetString());
        }

        var href = found.GetProperty("href").GetString()!;
        var match = SourceRange().Match(href);
        Assert.True(match.Success, $"not a source link: {href}");
        return new ClaimFootnote(
            href,
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            Normalize(found.GetProperty("claimText").GetString()));
    }

    /// <summary>Whitespace runs become one space, and the ends are trimmed (HTML layout may wrap lines).</summary>
    public static string Normalize(string? text) => Whitespace().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"/source\?char=(\d+),(\d+)")]
    private static partial Regex SourceRange();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
