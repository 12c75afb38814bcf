using System.Collections.Frozen;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleReader.Ingestion.Blocks;

namespace ArticleReader.Ingestion.Formats;

/// <summary>
/// Reads HTML with AngleSharp: finds the article's main text, lays it out in blocks as a browser would (headings,
/// paragraphs, list items, and text between them), and maps every character back onto the markup it was read from.
/// </summary>
public sealed class HtmlLayoutReader : IArticleLayoutReader
{
    private const int MaxHeaderBlockLength = 200;

    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = true };

    // Never article text, wherever they are: code, navigation, asides, forms, embedded media, and tables and
    // figures, whose cells and captions do not read as paragraphs.
    private static readonly FrozenSet<string> Dropped = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "textarea", "input",
        "label", "iframe", "object", "embed", "svg", "math", "canvas", "video", "audio", "picture", "figure", "table",
        "pre", "dialog", "menu");

    private static readonly FrozenSet<string> BlockLevel = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "body", "center", "details", "dialog", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul");

    public static HtmlLayoutReader Instance { get; } = new();

    /// <exception cref="IngestionException">
    /// No paragraph of text is left once the page's chrome is set aside, or elements nest deeper than <see cref="IngestionLimits.MaxHtmlNesting"/>.
    /// </exception>
    public ArticleLayout Read(string source)
    {
        // Checked on the markup before parsing: the parser itself slows to seconds on pathological nesting.
        var limit = IngestionLimits.Default.MaxHtmlNesting;
        if (HtmlNesting.Exceeds(source, limit))
        {
            throw new IngestionException($"the HTML nests elements more than {limit} deep; articles may nest at most {limit}");
        }

        var document = new HtmlParser(Options).ParseDocument(source);
        var container = MainContainer(document);
        var walker = new HtmlSourceWalker(source);
        var writer = new LayoutWriter();
        var reader = new BlockReader(walker, writer);

        // A title written above the article's container (its <h1> before an <article> of paragraphs) still opens it.
        if (!container.QuerySelectorAll("h1").Any(h => !IsDroppedWithin(h, container))
            && document.QuerySelectorAll("h1").FirstOrDefault(h => !IsDroppedWithin(h, null) && Precedes(h, container)) is { } title)
        {
            reader.Leaf(title, [.. title.ChildNodes]);
        }

        reader.Blocks(container);
        return writer.Build("HTML");
    }

    /// <summary>
    /// The element that holds the article: the <c>&lt;article&gt;</c> with the most paragraph text, else
    /// <c>&lt;main&gt;</c>, else the element whose own paragraphs hold the most text, else the body.
    /// </summary>
    private static IElement MainContainer(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var articles = document.QuerySelectorAll("article").Where(a => !IsDroppedWithin(a, null)).ToList();
        if (articles.Count > 0)
        {
            return articles.MaxBy(a => a.QuerySelectorAll("p").Where(p => !IsDroppedWithin(p, a)).Sum(p => p.TextContent.Length))!;
        }

        if (document.QuerySelectorAll("main, [role=main]").FirstOrDefault(m => !IsDroppedWithin(m, null)) is { } main)
        {
            return main;
        }

        var best = body.Descendants<IElement>().Prepend(body)
            .Where(e => !IsDroppedWithin(e, null))
            .Select(e => (Element: e, Length: e.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Length)))
            .MaxBy(x => x.Length);
        return best.Length > 0 ? best.Element : body;
    }

    private static bool IsDropped(IElement element)
    {
        if (Dropped.Contains(element.LocalName)
            || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A header or footer in the article is its own (the title and byline, the author notes). Outside it, a
        // footer is the site's, and so is a header unless it holds a title and no navigation.
        if (element.LocalName is not ("header" or "footer") || element.ParentElement?.Closest("article, main, [role=main]") is not null)
        {
            return false;
        }

        return element.LocalName == "footer" || element.QuerySelector("nav") is not null || element.QuerySelector("h1") is null;
    }

    private static bool IsBlockLevel(IElement element) => BlockLevel.Contains(element.LocalName);

    /// <summary>Whether the element is laid out as a block, or is an inline element the parser put blocks in (a link left open).</summary>
    private static bool HoldsBlocks(IElement element) => IsBlockLevel(element) || element.Descendants<IElement>().Any(IsBlockLevel);

    /// <summary>Whether the element, or an ancestor below <paramref name="root"/>, is left out of the article.</summary>
    private static bool IsDroppedWithin(IElement element, IElement? root)
    {
        for (var e = element; e is not null && e != root; e = e.ParentElement)
        {
            if (IsDropped(e))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Precedes(IElement element, IElement other) =>
        !other.Contains(element) && (element.CompareDocumentPosition(other) & DocumentPositions.Following) != 0;

    /// <summary>Lays the kept content of an element out in blocks and writes them with their header hints.</summary>
    private sealed class BlockReader(HtmlSourceWalker walker, LayoutWriter writer)
    {
        private SourceField? _dateline;
        private DateTimeOffset? _published;
        private SourceField? _byline;

        public void Blocks(IElement element)
        {
            if (!element.Children.Any(HoldsBlocks))
            {
                Leaf(element, [.. element.ChildNodes]);
                return;
            }

            walker.Enter(element);
            var run = new List<INode>();
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement block && HoldsBlocks(block))
                {
                    Leaf(null, run);
                    run.Clear();
                    if (IsDropped(block))
                    {
                        walker.Skip(block);
                    }
                    else
                    {
                        Blocks(block);
                    }
                }
                else
                {
                    run.Add(child);
                }
            }

            Leaf(null, run);
            walker.Leave(element);
        }

        /// <summary>One block: the content of <paramref name="element"/>, or a run of inline nodes between blocks.</summary>
        public void Leaf(IElement? element, IReadOnlyList<INode> nodes)
        {
            if (!nodes.Any(n => n is IElement e ? !IsDropped(e) : n is IText t && !string.IsNullOrWhiteSpace(t.Data)))
            {
                foreach (var node in nodes.OfType<IElement>())
                {
                    walker.Skip(node);
                }

                return;
            }

            (_dateline, _published, _byline) = (null, null, null);
            writer.BeginBlock();
            var start = writer.Text.Length;
            if (element is not null)
            {
                walker.Enter(element);
            }

            foreach (var node in nodes)
            {
                Inline(node);
            }

            if (element is not null)
            {
                walker.Leave(element);
                NoteByline(element, start);
            }

            var level = element?.LocalName is ['h', >= '1' and <= '6'] name ? name[1] - '0' : 0;

            // A long paragraph that happens to hold a date or an author link is body text, not a header.
            var hints = (_dateline is not null || _byline is not null) && writer.Text.Length - start <= MaxHeaderBlockLength
                ? new HeaderHints(_dateline, _published, _byline)
                : null;
            writer.EndBlock(level, hints);
        }

        private void Inline(INode node)
        {
            switch (node)
            {
                case IText text:
                    walker.Write(text, writer.Text);
                    break;
                case IElement { LocalName: "br" } br:
                    walker.WriteLineBreak(br, writer.Text);
                    break;
                case IElement element when IsDropped(element):
                    walker.Skip(element);
                    break;
                case IElement element:
                    var start = writer.Text.Length;
                    var tagStart = walker.Enter(element);
                    foreach (var child in element.ChildNodes)
                    {
                        Inline(child);
                    }

                    if (walker.Leave(element) is { } end && tagStart is { } outerStart)
                    {
                        writer.Text.AddMarkup(start, outerStart, end);
                    }

                    NoteHints(element, start);
                    break;
            }
        }

        private void NoteHints(IElement element, int start)
        {
            if (element.LocalName == "time" && _dateline is null && Field(start) is { } when)
            {
                var datetime = element.GetAttribute("datetime");
                _published = DateTimeOffset.TryParse(datetime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
                    ? moment
                    : DatelineParser.Parse(when.Text);
                _dateline = _published is null ? null : when;
            }

            if (_byline is null && (HasToken(element, "rel", "author") || HasToken(element, "itemprop", "author") || HasToken(element, "class", "author")))
            {
                _byline = Field(start);
            }

            NoteByline(element, start);
        }

        /// <summary>An element of class <c>byline</c> names the author: after a <c>By</c>, or as a whole.</summary>
        private void NoteByline(IElement element, int start)
        {
            if (_byline is null && HasToken(element, "class", "byline") && Field(start) is { } field)
            {
                _byline = HeaderReader.BylineOf(field.Text, field.Span) ?? field;
            }
        }

        /// <summary>The reading text written since <paramref name="start"/>, trimmed, or null when it is blank.</summary>
        private SourceField? Field(int start)
        {
            var text = writer.Text.Slice(start, writer.Text.Length);
            var span = new TextSpan(0, text.Length).Trim(text);
            return span.IsEmpty ? null : new SourceField(span.Slice(text), new TextSpan(start + span.Start, start + span.End));
        }

        private static bool HasToken(IElement element, string attribute, string token) =>
            element.GetAttribute(attribute) is { } value
            && value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);
    }
}
