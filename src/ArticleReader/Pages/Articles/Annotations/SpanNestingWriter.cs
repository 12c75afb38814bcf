using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles.Annotations;

/// <summary>
/// A range [<paramref name="Start"/>, <paramref name="End"/>) of a text, in source offsets, wrapped in
/// <paramref name="Open"/> and <paramref name="Close"/> and followed by <paramref name="After"/>.
/// </summary>
/// <param name="Rank">What may hold what: a span holds only spans of a higher rank.</param>
/// <param name="Nests">Whether a span of the same rank may hold it (notes on the same words highlight them together).</param>
public sealed record NestedSpan(int Start, int End, int Rank, IHtmlContent Open, IHtmlContent Close, IHtmlContent? After = null, bool Nests = false);

/// <summary>
/// Writes a text with spans nested in it, knowing nothing of what the spans mean. Spans are taken by start, the longer
/// first, then by rank, then in the order given. A span that would straddle another's edge, fall outside the text, be
/// empty or sit inside one it may not (see <see cref="NestedSpan.Rank"/>) is left out rather than break the markup.
/// Offsets are UTF-16 code units, as everywhere in the app; the text is encoded when the content is written.
/// </summary>
public static class SpanNestingWriter
{
    /// <param name="textStart">The source offset of the text's first character.</param>
    public static void Write(IHtmlContentBuilder html, string text, int textStart, IEnumerable<NestedSpan> spans)
    {
        var textEnd = textStart + text.Length;
        var open = new Stack<NestedSpan>();
        var cursor = textStart;

        void TextUpTo(int position)
        {
            html.Append(text[(cursor - textStart)..(position - textStart)]);
            cursor = position;
        }

        void CloseInnermost()
        {
            var span = open.Pop();
            TextUpTo(span.End);
            html.AppendHtml(span.Close);
            if (span.After is { } after)
            {
                html.AppendHtml(after);
            }
        }

        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End).ThenBy(s => s.Rank))
        {
            if (span.Start < textStart || span.End > textEnd || span.Start >= span.End)
            {
                continue;
            }

            while (open.Count > 0 && open.Peek().End <= span.Start)
            {
                CloseInnermost();
            }

            if (span.Start < cursor || (open.Count > 0 && !MayHold(open.Peek(), span)))
            {
                continue;
            }

            TextUpTo(span.Start);
            html.AppendHtml(span.Open);
            open.Push(span);
        }

        while (open.Count > 0)
        {
            CloseInnermost();
        }

        TextUpTo(textEnd);
    }

    private static bool MayHold(NestedSpan outer, NestedSpan inner) =>
        inner.End <= outer.End && (outer.Rank < inner.Rank || (outer.Rank == inner.Rank && inner.Nests));
}
