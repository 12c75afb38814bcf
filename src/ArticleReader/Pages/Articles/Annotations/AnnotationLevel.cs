using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles.Annotations;

/// <summary>
/// How the reading page nests its annotations: a passage (a note's anchor over several sentences) holds sentences; a
/// sentence holds quotes (a note's anchor within it), claims, flags and mentions; a claim holds flags and mentions; a
/// flag holds mentions; a mention holds text. A new annotation kind takes its place in this order.
/// </summary>
public enum AnnotationLevel
{
    Passage,
    Sentence,
    Quote,
    Claim,
    Flag,
    Mention,
}

public static class AnnotationSpans
{
    /// <summary>The element's tags around [start, end) at <paramref name="level"/>, for <see cref="SpanNestingWriter"/>.</summary>
    public static NestedSpan Around(this Element element, int start, int end, AnnotationLevel level, IHtmlContent? after = null, bool nests = false) =>
        new(start, end, (int)level, element.StartTag, element.EndTag, after, nests);
}
