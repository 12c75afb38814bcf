namespace ArticleReader.Ingestion.Formats;

/// <summary>Skips the markup of an HTML source: tags (quoted attribute values included) and comments.</summary>
internal static class HtmlMarkup
{
    /// <summary>The end of the tag that starts at <paramref name="start"/>, quoted attribute values skipped.</summary>
    public static int SkipTag(string source, int start)
    {
        var quote = '\0';
        for (var at = start + 1; at < source.Length; at++)
        {
            var c = source[at];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '>')
            {
                return at + 1;
            }
            else if (c is '"' or '\'' && source.AsSpan(start, at - start).TrimEnd().EndsWith('='))
            {
                quote = c;
            }
        }

        return source.Length;
    }

    /// <summary>Past the tags and comments that start at <paramref name="position"/>.</summary>
    public static int SkipMarkup(string source, int position)
    {
        while (position + 1 < source.Length && source[position] == '<' && (char.IsAsciiLetter(source[position + 1]) || source[position + 1] is '/' or '!' or '?'))
        {
            position = IsComment(source, position) ? CommentEnd(source, position) : SkipTag(source, position);
        }

        return position;
    }

    public static int SkipComments(string source, int position)
    {
        while (IsComment(source, position))
        {
            position = CommentEnd(source, position);
        }

        return position;
    }

    public static bool IsComment(string source, int position) => string.CompareOrdinal(source, position, "<!--", 0, 4) == 0;

    public static int CommentEnd(string source, int position)
    {
        var end = source.IndexOf("-->", position + 4, StringComparison.Ordinal);
        return end < 0 ? source.Length : end + 3;
    }
}
