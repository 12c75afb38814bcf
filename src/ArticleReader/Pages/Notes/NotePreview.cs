using ArticleReader.Notes;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Notes;

/// <summary>What the note forms show around what the reader writes: the passage in its sentences, and the note as it will read.</summary>
public static class NotePreview
{
    /// <summary>The whole sentences the passage touches (or, outside the body, the passage alone), the passage marked.</summary>
    public static IHtmlContent InContext(AnnotatedParagraphRenderer renderer, AnnotatedArticle article, int start, int end)
    {
        var paragraph = article.Sections.SelectMany(s => s.Paragraphs).FirstOrDefault(p => p.Start <= start && start < p.End);
        var sentences = paragraph?.Sentences.Where(s => s.End > start && s.Start < end).ToList() ?? [];
        var (from, to) = sentences.Count == 0 ? (start, end) : (Math.Min(start, sentences[0].Start), Math.Max(end, sentences[^1].End));
        return renderer.Highlighted(article.Revision.SourceText[from..to], from, start, end);
    }

    /// <summary>The body rendered as the margin will show it, or null when there is nothing to show.</summary>
    public static IHtmlContent? Of(string? body, NoteBodyRenderer bodies) =>
        string.IsNullOrWhiteSpace(body) ? null : new HtmlString(bodies.ToHtml(body.Trim()));

    /// <summary>
    /// Back to the note's passage after saving, with the readers' notes layer on (added to the reader's layers if
    /// they had turned it off), so the note they just wrote is in view.
    /// </summary>
    public static string BackToPassage(HttpRequest request, string slug, int id)
    {
        var (layers, _, _) = ReadingLayers.For(request);
        var query = layers.HasFlag(ReadingLayer.Notes) ? string.Empty : $"?{ReadingLayers.QueryName}={ReadingLayers.Format(layers | ReadingLayer.Notes)}";
        var link = ArticleLinks.NoteAnchorInArticle(slug, id);
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        return link[..hash] + query + link[hash..];
    }
}
