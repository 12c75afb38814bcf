using System.Globalization;
using ArticleReader.Data;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Anchoring;
using ArticleReader.Notes.WebAnnotation;
using ArticleReader.Pages.Articles;
using PositionSelector = ArticleReader.Notes.WebAnnotation.TextPositionSelector;
using QuoteSelector = ArticleReader.Notes.WebAnnotation.TextQuoteSelector;

namespace ArticleReader.Api;

/// <summary>An article's annotations as a W3C Web Annotation collection: the notes given (those the caller may see), then the article's claims.</summary>
public static class AnnotationExport
{
    /// <param name="absolute">The absolute address of an app path (<see cref="PageUrls.Absolute"/>).</param>
    public static AnnotationCollection Collection(Article article, IReadOnlyList<MarginNote> notes, Func<string, string> absolute)
    {
        var articleUrl = absolute(ArticleLinks.Article(article.Slug));
        List<Annotation> items =
        [
            .. notes.Select(note => Note(article.Slug, note, articleUrl, absolute)),
            .. article.Claims.OrderBy(c => c.Position).Select(claim => Claim(article, claim, articleUrl, absolute)),
        ];
        var url = absolute(ArticleLinks.Annotations(article.Slug));
        var label = $"Readers' notes and claims of “{article.Title ?? article.Slug}”, revision {article.Revision.ToString(CultureInfo.InvariantCulture)}";
        return new AnnotationCollection(url, label, items.Count, new AnnotationPage(url + "#page-1", url, 0, items));
    }

    /// <summary>A reply targets the note it answers; a note whose passage is gone keeps the selectors of its original quote.</summary>
    private static Annotation Note(string slug, MarginNote note, string articleUrl, Func<string, string> absolute) => new(
        absolute(ArticleLinks.Note(slug, note.Id)),
        note.ParentId is null ? "commenting" : "replying",
        note.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        note.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
        new Person(note.Author.DisplayName),
        [new TextualBody(note.Body, "text/markdown"), .. note.Tags.Select(tag => new TagBody(tag))],
        note.ParentId is { } parentId ? new AnnotationTarget(absolute(ArticleLinks.Note(slug, parentId))) : Passage(articleUrl, note.ToAnchor()));

    private static Annotation Claim(Article article, ClaimRecord claim, string articleUrl, Func<string, string> absolute) => new(
        absolute(ArticleLinks.Claim(article.Slug, claim.Key)),
        "assessing",
        Created: null,
        Modified: null,
        Creator: null,
        [new AssessmentBody(string.Create(CultureInfo.InvariantCulture, $"{claim.Kind} claim, check-worthiness {claim.CheckWorthiness:0.00}"))],
        Passage(articleUrl, TextAnchor.Create(article.SourceText, new TextSpan(claim.Start, claim.End))));

    private static AnnotationTarget Passage(string articleUrl, TextAnchor anchor) => new(
        articleUrl,
        [
            new QuoteSelector(anchor.Quote.Exact, anchor.Quote.Prefix, anchor.Quote.Suffix),
            new PositionSelector(anchor.Position.Start, anchor.Position.End),
        ]);
}
