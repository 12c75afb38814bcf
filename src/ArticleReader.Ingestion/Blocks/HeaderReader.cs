using System.Text.RegularExpressions;

namespace ArticleReader.Ingestion.Blocks;

/// <summary>Reads the title, dateline and byline from the first blocks of an article.</summary>
public static partial class HeaderReader
{
    private const int MaxTitleLength = 200;

    private const int MaxHeaderBlocks = 4;

    // A kicker or label above a title (`Analysis`, `Middle East › Energy`) is short.
    private const int MaxKickerLength = 80;

    /// <summary>The header and the number of leading blocks it took up.</summary>
    public static (ArticleHeader Header, int BlocksUsed) Read(string source, IReadOnlyList<TextBlock> blocks)
    {
        SourceField? title = null;
        SourceField? dateline = null;
        DateTimeOffset? published = null;
        SourceField? byline = null;
        var used = 0;
        var titleHeading = TitleHeading(blocks);

        while (used < blocks.Count && used < MaxHeaderBlocks)
        {
            var block = blocks[used];
            if (used == titleHeading)
            {
                title = new SourceField(block.Text, block.Span);
            }
            else if (block.IsHeading)
            {
                break;
            }
            else if (block.Hints is { } hints && ((dateline is null && hints.Dateline is not null) || (byline is null && hints.Byline is not null)))
            {
                if (dateline is null && hints.Dateline is not null)
                {
                    (dateline, published) = (hints.Dateline, hints.Published);
                }

                byline ??= hints.Byline;
            }
            else if (block.LineCount != 1)
            {
                break;
            }
            else if (dateline is null && DatelineParser.Parse(block.Text) is { } moment)
            {
                dateline = new SourceField(block.Text, block.Span);
                published = moment;
            }
            else if (byline is null && BylineOf(block.Text, block.Span) is { } name)
            {
                byline = name;
            }
            else if (used < titleHeading)
            {
                // A kicker above the title heading: part of the page, not of the article.
            }
            else if (title is null && dateline is null && byline is null && used == 0 && titleHeading < 0 && LooksLikeTitle(block.Text))
            {
                title = new SourceField(block.Text, block.Span);
            }
            else
            {
                break;
            }

            used++;
        }

        return (new ArticleHeader(title, dateline, published, byline, []), used);
    }

    /// <summary>
    /// Where a Markdown or HTML title is: the level-1 heading among the first blocks, with at most short lines above
    /// it (a kicker, a dateline, a byline); -1 when there is none. A level-1 heading is a title whatever it looks like.
    /// </summary>
    private static int TitleHeading(IReadOnlyList<TextBlock> blocks)
    {
        for (var i = 0; i < Math.Min(blocks.Count, MaxHeaderBlocks); i++)
        {
            if (blocks[i].HeadingLevel == 1)
            {
                return i;
            }

            if (blocks[i].IsHeading || blocks[i].LineCount != 1 || blocks[i].Text.Length > MaxKickerLength)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The name in a byline such as <c>By Jane Doe</c>, or null when <paramref name="text"/> is no byline.</summary>
    public static SourceField? BylineOf(string text, TextSpan span)
    {
        var name = Byline().Match(text).Groups["name"];
        return name.Success ? new SourceField(name.Value, new TextSpan(span.Start + name.Index, span.Start + name.Index + name.Length)) : null;
    }

    private static bool LooksLikeTitle(string line) =>
        line.Length <= MaxTitleLength && !line.EndsWith('.') && line.Any(char.IsLetter);

    [GeneratedRegex(@"^By[\s\u00a0]+(?<name>\S.*?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
