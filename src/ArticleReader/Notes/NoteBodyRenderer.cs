using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace ArticleReader.Notes;

/// <summary>
/// Turns a note's Markdown, written by any reader, into HTML safe to put in the page: Markdig without raw HTML, then
/// HtmlSanitizer allowing basic formatting and http, https and mailto links only; every link is marked as user content
/// that search engines should not credit and that gets no access to this page.
/// </summary>
public sealed class NoteBodyRenderer
{
    public const string LinkRel = "nofollow ugc noopener";

    private readonly MarkdownPipeline _markdown = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private readonly HtmlSanitizer _sanitizer;

    public NoteBodyRenderer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(
                ["p", "br", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr"],
                StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", LinkRel);
            }
        };
    }

    public string ToHtml(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, _markdown));

    /// <summary>The body as plain text on one line (for descriptions and previews), at most <paramref name="maxLength"/> characters.</summary>
    public string ToPlainText(string markdown, int maxLength)
    {
        var text = string.Join(' ', Markdown.ToPlainText(markdown, _markdown).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= maxLength ? text : text[..(maxLength - 1)].TrimEnd() + "…";
    }
}
