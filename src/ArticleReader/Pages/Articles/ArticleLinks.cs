using System.Globalization;

namespace ArticleReader.Pages.Articles;

/// <summary>The addresses of an article's pages, built in one place so pages, notes and tests agree on them.</summary>
public static class ArticleLinks
{
    public static string Article(string slug) => $"/articles/{Segment(slug)}";

    public static string Entity(string slug, string key) => $"{Article(slug)}/entities/{Segment(key)}";

    public static string Claim(string slug, string key) => $"{Article(slug)}/claims/{Segment(key)}";

    /// <summary>The share card image of a claim, and of the article (<see cref="Api.ShareCardEndpoints"/>).</summary>
    public static string ClaimCard(string slug, string key) => $"{Claim(slug, key)}/card.png";

    public static string ArticleCard(string slug) => $"{Article(slug)}/card.png";

    public static string Flag(string slug, string key) => $"{Article(slug)}/flags/{Segment(key)}";

    /// <summary>The flagged passage in the reading page, with the flags layer on (this once: the reader's own choice is kept).</summary>
    public static string FlagInArticle(string slug, string key) =>
        $"{Article(slug)}?{ReadingLayers.QueryName}={ReadingLayers.Format(ReadingLayers.Default | ReadingLayer.Flags)}#flag-{Segment(key)}";

    /// <summary>Where its owner (or an admin) renames, re-shares, revises or deletes it.</summary>
    public static string Manage(string slug) => $"{Article(slug)}/manage";

    public static string Timeline(string slug) => $"{Article(slug)}/timeline";

    public static string Actors(string slug) => $"{Article(slug)}/actors";

    /// <summary>The claim in the reading page, where <c>:target</c> highlights it.</summary>
    public static string ClaimInArticle(string slug, string key) => $"{Article(slug)}#claim-{Segment(key)}";

    /// <summary>The claim in the reading page, with a text directive so browsers that support it also highlight its words.</summary>
    public static string ClaimInArticleWithText(string slug, string key, string text) =>
        $"{ClaimInArticle(slug, key)}:~:{TextFragment.Directive(text)}";

    /// <summary>
    /// The source view with the passage highlighted by the server (<c>?char=</c>) and, for scripts and other tools,
    /// the same range as an RFC 5147 fragment.
    /// </summary>
    public static string Source(string slug, int start, int end)
    {
        var range = string.Create(CultureInfo.InvariantCulture, $"{start},{end}");
        return $"{Article(slug)}/source?char={range}#char={range}";
    }

    public static string Source(string slug) => $"{Article(slug)}/source";

    /// <summary>The form for a note on the source range [start, end) of the current revision.</summary>
    public static string NewNote(string slug, int start, int end) =>
        string.Create(CultureInfo.InvariantCulture, $"{Article(slug)}/notes/new?start={start}&end={end}");

    public static string Note(string slug, int id) => string.Create(CultureInfo.InvariantCulture, $"{Article(slug)}/notes/{id}");

    /// <summary>The note in the reading page's margin.</summary>
    public static string NoteInArticle(string slug, int id) => string.Create(CultureInfo.InvariantCulture, $"{Article(slug)}#note-{id}");

    /// <summary>The note's passage in the reading page (the note sits level with it in the margin, or just below it).</summary>
    public static string NoteAnchorInArticle(string slug, int id) => string.Create(CultureInfo.InvariantCulture, $"{Article(slug)}#anchor-{id}");

    /// <summary>The source view with the passage highlighted by the server only (for Markdown exports, without a fragment).</summary>
    public static string SourcePassage(string slug, int start, int end) =>
        string.Create(CultureInfo.InvariantCulture, $"{Article(slug)}/source?char={start},{end}");

    public static string Json(string slug) => $"/api/articles/{Segment(slug)}";

    /// <summary>The article's notes and claims as a W3C Web Annotation collection.</summary>
    public static string Annotations(string slug) => $"{Json(slug)}/annotations";

    private static string Segment(string value) => Uri.EscapeDataString(value);
}
