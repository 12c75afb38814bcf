using System.Globalization;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleReader.Notes;

/// <summary>
/// Turns a note's Markdown, written by any reader, into HTML safe to put in the page: Markdig without raw HTML, then
/// HtmlSanitizer allowing basic formatting and http, https and mailto links only; every link is marked as user content
/// that search engines should not credit and that gets no access to this page. Bodies are checked when written
/// (<see cref="Problem"/>), and a body that still cannot be rendered is shown as plain text, never failing its page.
/// </summary>
public sealed partial class NoteBodyRenderer
{
    public const string LinkRel = "nofollow ugc noopener";

    private readonly MarkdownPipeline _markdown = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private readonly HtmlSanitizer _sanitizer;
    private readonly int _maxNesting;
    private readonly ILogger _logger;

    /// <summary>A renderer with the default limits and no log (tests, tools).</summary>
    public NoteBodyRenderer()
        : this(Options.Create(new NotesOptions()), NullLogger<NoteBodyRenderer>.Instance)
    {
    }

    public NoteBodyRenderer(IOptions<NotesOptions> options, ILogger<NoteBodyRenderer> logger)
    {
        _maxNesting = options.Value.MaxMarkdownNesting;
        _logger = logger;
        var sanitizerOptions = new HtmlSanitizerOptions
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
        _sanitizer = new HtmlSanitizer(sanitizerOptions) { KeepChildNodes = true };
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", LinkRel);
            }
        };
    }

    /// <summary>
    /// Why a body cannot be stored, in words for its writer, or null: it must show something (not only white space,
    /// zero-width or control characters), hold no control character but tabs and line breaks, and nest quotes, lists and emphasis at most <see cref="NotesOptions.MaxMarkdownNesting"/> deep.
    /// </summary>
    public string? Problem(string body)
    {
        if (!VisibleText.HasVisibleCharacter(body))
        {
            return "A note must contain visible characters, not only spaces or invisible ones.";
        }

        if (body.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
        {
            return "A note may not contain control characters (other than tabs and line breaks).";
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, _markdown);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its own depth limit this way.
            return TooDeep();
        }

        return Depth(document) > _maxNesting ? TooDeep() : null;
    }

    /// <summary>The sanitized HTML of a body, or null (with a warning in the log) when it cannot be rendered.</summary>
    public string? TryToHtml(string markdown, int noteId = 0)
    {
        try
        {
            return ToHtml(markdown);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnrendered(_logger, e, noteId);
            return null;
        }
    }

    public string ToHtml(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, _markdown));

    /// <summary>The body as plain text on one line (for descriptions and previews), at most <paramref name="maxLength"/> characters.</summary>
    public string ToPlainText(string markdown, int maxLength)
    {
        string plain;
        try
        {
            plain = Markdown.ToPlainText(markdown, _markdown);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnrendered(_logger, e, 0);
            plain = markdown;
        }

        var text = string.Join(' ', plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= maxLength ? text : text[..(maxLength - 1)].TrimEnd() + "…";
    }

    private string TooDeep() => string.Create(
        CultureInfo.InvariantCulture,
        $"The note nests quotes, lists or emphasis too deeply: at most {_maxNesting} levels are allowed.");

    /// <summary>The deepest chain of blocks and inlines inside one another.</summary>
    private static int Depth(MarkdownDocument document)
    {
        var deepest = 0;
        foreach (var node in document.Descendants())
        {
            var depth = 0;
            for (MarkdownObject? at = node; at is not null and not MarkdownDocument; at = Parent(at))
            {
                depth++;
            }

            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static MarkdownObject? Parent(MarkdownObject node) => node switch
    {
        Markdig.Syntax.Inlines.Inline { Parent: { } parent } => parent,
        // The root inline of a paragraph or heading hangs from its leaf block.
        Markdig.Syntax.Inlines.ContainerInline { ParentBlock: { } block } => block,
        Block block => block.Parent,
        _ => null,
    };

    [LoggerMessage(LogLevel.Warning, "Note {NoteId} could not be rendered as Markdown; shown as plain text")]
    private static partial void LogUnrendered(ILogger logger, Exception exception, int noteId);
}
