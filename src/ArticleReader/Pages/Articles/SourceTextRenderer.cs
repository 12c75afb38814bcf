using System.Text;
using System.Text.Encodings.Web;
using ArticleReader.Ingestion.Text;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// Writes the verbatim source text as an ordered list of lines (<c>li#L1…</c> with the offsets of each line's text),
/// with a passage highlighted in <c>mark</c> elements: one per line it touches, the first one <c>#passage</c>
/// and preceded by an anchor whose id is the RFC 5147 fragment (<c>char=START,END</c>), so that the fragment
/// scrolls to the passage even without scripts.
/// </summary>
public sealed class SourceTextRenderer(HtmlEncoder encoder)
{
    public IHtmlContent Render(string text, SourceRange? passage)
    {
        var html = new StringBuilder(text.Length + (text.Length / 4)).Append($"<ol class=\"source-lines\" data-length=\"{text.Length}\">");
        var marked = false;
        var number = 1;
        foreach (var (start, end, next) in Lines(text))
        {
            html.Append($"<li id=\"L{number++}\" data-start=\"{start}\" data-end=\"{end}\">");

            // Empty lines inside the passage get no mark, but the first line always does: it carries the anchor.
            if (passage is { } p && p.Start < next && p.End > start && (!marked || start < end))
            {
                var from = Math.Clamp(p.Start, start, end);
                var to = Math.Clamp(p.End, from, end);
                html.Append(encoder.Encode(text[start..from]));
                if (!marked)
                {
                    html.Append($"<span class=\"passage-anchor\" id=\"char={p.Start},{p.End}\"></span><mark id=\"passage\">");
                    marked = true;
                }
                else
                {
                    html.Append("<mark>");
                }

                html.Append(encoder.Encode(text[from..to])).Append("</mark>").Append(encoder.Encode(text[to..end]));
            }
            else
            {
                html.Append(encoder.Encode(text[start..end]));
            }

            html.Append("</li>");
        }

        return new HtmlString(html.Append("</ol>").ToString());
    }

    /// <summary>
    /// The lines of a text as (start of the line, end of its text, start of the next line); CRLF, LF and CR all end
    /// a line, and a final line break does not open an empty last line.
    /// </summary>
    public static IEnumerable<(int Start, int End, int Next)> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            var next = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            yield return (start, i, next);
            start = next;
            i = next - 1;
        }

        if (start < text.Length || text.Length == 0)
        {
            yield return (start, text.Length, text.Length);
        }
    }
}
