namespace ArticleReader.Ingestion.Blocks;

/// <summary>
/// A block of an article's reading text: in plain text a run of non-blank lines (a title, a dateline or a paragraph),
/// in Markdown and HTML a paragraph or a heading.
/// </summary>
public sealed record TextBlock(TextSpan Span, string Text, int LineCount)
{
    /// <summary>1 to 6 for a Markdown or HTML heading (<c>#</c>, <c>&lt;h1&gt;</c>), 0 for any other block.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>Header fields the markup states outright, such as an HTML <c>&lt;time datetime&gt;</c> or author link.</summary>
    public HeaderHints? Hints { get; init; }

    public bool IsHeading => HeadingLevel > 0;

    /// <summary>Splits source text into blocks separated by blank lines; LF, CRLF and CR endings are all understood.</summary>
    public static IReadOnlyList<TextBlock> Read(string source)
    {
        var blocks = new List<TextBlock>();
        var blockStart = -1;
        var blockEnd = -1;
        var lines = 0;
        var position = 0;
        while (position < source.Length)
        {
            var lineEnd = source.IndexOfAny(['\r', '\n'], position);
            if (lineEnd < 0)
            {
                lineEnd = source.Length;
            }

            var line = new TextSpan(position, lineEnd).Trim(source);
            if (line.IsEmpty)
            {
                Flush();
            }
            else
            {
                if (blockStart < 0)
                {
                    blockStart = line.Start;
                }

                blockEnd = line.End;
                lines++;
            }

            position = lineEnd;
            if (position < source.Length && source[position] == '\r')
            {
                position++;
            }

            if (position < source.Length && source[position] == '\n')
            {
                position++;
            }
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (blockStart >= 0)
            {
                blocks.Add(new TextBlock(new TextSpan(blockStart, blockEnd), source[blockStart..blockEnd], lines));
            }

            blockStart = -1;
            lines = 0;
        }
    }
}

/// <summary>A dateline or byline that a block's markup names, with offsets into the reading text.</summary>
public sealed record HeaderHints(SourceField? Dateline, DateTimeOffset? Published, SourceField? Byline);
