namespace ArticleReader.Ingestion.PlainText;

/// <summary>A run of non-blank lines: in plain text, a title, a dateline or a paragraph.</summary>
public sealed record TextBlock(TextSpan Span, string Text, int LineCount)
{
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
