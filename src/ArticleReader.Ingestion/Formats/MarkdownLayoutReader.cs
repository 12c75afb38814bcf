using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArticleReader.Ingestion.Formats;

/// <summary>
/// Reads Markdown with Markdig: headings and paragraphs (also those in lists and block quotes) become blocks;
/// emphasis, links and code keep their text and lose their delimiters, link URLs and images are left out, and a
/// soft line break reads as a space.
/// </summary>
public sealed class MarkdownLayoutReader : IArticleLayoutReader
{
    // Precise locations give every inline its own span in the source; front matter is metadata, not article text.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .Build();

    public static MarkdownLayoutReader Instance { get; } = new();

    public ArticleLayout Read(string source)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses input nested past its depth limit this way.
            throw new IngestionException($"the Markdown cannot be read: {e.Message}");
        }

        var writer = new LayoutWriter();
        foreach (var block in Prose(document))
        {
            writer.BeginBlock();
            Write(source, block.Inline, writer.Text);
            writer.EndBlock(block is HeadingBlock heading ? heading.Level : 0);
        }

        return writer.Build("Markdown");
    }

    /// <summary>The headings and paragraphs in document order; code, raw HTML and front matter are not prose.</summary>
    private static IEnumerable<LeafBlock> Prose(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is HeadingBlock or ParagraphBlock)
            {
                yield return (LeafBlock)block;
            }
            else if (block is ContainerBlock inner)
            {
                foreach (var leaf in Prose(inner))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static void Write(string source, ContainerInline? container, ReadingText.Builder text)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            var (start, end) = (inline.Span.Start, inline.Span.End + 1);
            switch (inline)
            {
                case LiteralInline literal:
                    WriteAligned(source, literal.Content.ToString(), start, end, text);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString(), start, end);
                    break;
                case LineBreakInline lineBreak:
                    // A soft line break is only where the writer wrapped the line: it reads as a space, as it renders.
                    text.Append(lineBreak.IsHard ? "\n" : " ", start, end);
                    break;
                case HtmlInline html:
                    if (html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))
                    {
                        text.Append("\n", start, end);
                    }

                    break;
                case CodeInline code:
                    WriteDelimited(source, code.Content, start, end, text);
                    break;
                case AutolinkInline autolink:
                    WriteDelimited(source, autolink.Url, start, end, text);
                    break;
                case LinkInline { IsImage: true }:
                    break; // An image's description is not part of the prose around it.
                case ContainerInline element:
                    var contentStart = text.Length;
                    Write(source, element, text);
                    text.AddMarkup(contentStart, start, end);
                    break;
            }
        }
    }

    /// <summary>
    /// Text Markdig read from source <c>[start, end)</c>, each character found at or after the one before it: the
    /// characters it dropped (escaping backslashes, a block quote's <c>&gt;</c> in a code span) are skipped, and one it
    /// made up (a space for a line ending in a code span) is placed where reading has got to when it is nowhere.
    /// </summary>
    private static void WriteAligned(string source, string content, int start, int end, ReadingText.Builder text)
    {
        var position = start;
        foreach (var c in content)
        {
            var at = position < end ? source.IndexOf(c, position, end - position) : -1;
            if (at < 0)
            {
                text.Append(c.ToString(), position, position);
                continue;
            }

            text.AppendVerbatim(source, at, 1);
            position = at + 1;
        }
    }

    /// <summary>Code or an autolink: its text between the delimiters, which become markup.</summary>
    private static void WriteDelimited(string source, string content, int start, int end, ReadingText.Builder text)
    {
        var contentStart = text.Length;
        WriteAligned(source, content, start, end, text);
        text.AddMarkup(contentStart, start, end);
    }
}
