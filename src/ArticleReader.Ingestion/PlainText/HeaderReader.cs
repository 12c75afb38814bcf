using System.Text.RegularExpressions;

namespace ArticleReader.Ingestion.PlainText;

/// <summary>Reads the title, dateline and byline from the first blocks of a plain-text article.</summary>
public static partial class HeaderReader
{
    private const int MaxTitleLength = 200;

    /// <summary>The header and the number of leading blocks it took up.</summary>
    public static (ArticleHeader Header, int BlocksUsed) Read(string source, IReadOnlyList<TextBlock> blocks)
    {
        SourceField? title = null;
        SourceField? dateline = null;
        DateTimeOffset? published = null;
        SourceField? byline = null;
        var used = 0;

        while (used < blocks.Count && used < 4)
        {
            var block = blocks[used];
            if (block.LineCount != 1)
            {
                break;
            }

            if (dateline is null && DatelineParser.Parse(block.Text) is { } moment)
            {
                dateline = new SourceField(block.Text, block.Span);
                published = moment;
            }
            else if (byline is null && Byline().Match(block.Text) is { Success: true } by)
            {
                var name = by.Groups["name"];
                byline = new SourceField(name.Value, new TextSpan(block.Span.Start + name.Index, block.Span.Start + name.Index + name.Length));
            }
            else if (title is null && dateline is null && byline is null && used == 0 && LooksLikeTitle(block.Text))
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

    private static bool LooksLikeTitle(string line) =>
        line.Length <= MaxTitleLength && !line.EndsWith('.') && line.Any(char.IsLetter);

    [GeneratedRegex(@"^By[\s\u00a0]+(?<name>\S.*?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
