using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ArticleReader.Ingestion.Formats;

/// <summary>
/// How deep a page's elements nest, read from its tags in one pass without building a tree. Void elements, elements
/// whose end tag may be left out (<c>p</c>, <c>li</c>, cells…) and comments, scripts and styles do not count, so the
/// figure never exceeds the real depth of the elements that do.
/// </summary>
internal static partial class HtmlNesting
{
    private static readonly FrozenSet<string> Uncounted = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body");

    public static bool Exceeds(string source, int limit)
    {
        var depth = 0;
        foreach (Match tag in Tag().Matches(source))
        {
            var name = tag.Groups["name"].Value;
            if (tag.Groups["comment"].Success || Uncounted.Contains(name) || tag.Groups["self"].Length > 0)
            {
                continue;
            }

            depth = tag.Groups["close"].Length > 0 ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > limit)
            {
                return true;
            }
        }

        return false;
    }

    // A comment, a script or style with its content (skipped whole), or a start or end tag.
    [GeneratedRegex(@"(?<comment><!--.*?-->|<(script|style)\b.*?</\1\s*>)|<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(?<self>/?)>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
