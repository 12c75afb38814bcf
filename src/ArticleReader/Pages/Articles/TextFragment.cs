namespace ArticleReader.Pages.Articles;

/// <summary>
/// Text directives (<c>#:~:text=start,end</c>, the URL Fragment Text Directives draft) that let a browser find and
/// highlight a passage by its words, after the element fragment that older browsers still follow.
/// </summary>
public static class TextFragment
{
    /// <summary>How many words open and close a long passage's directive; a passage up to twice as long is quoted whole.</summary>
    public const int EdgeWords = 4;

    /// <summary><c>text=…</c> for the passage, without the <c>:~:</c> delimiter.</summary>
    public static string Directive(string passage)
    {
        var words = passage.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= EdgeWords * 2)
        {
            return "text=" + Encode(string.Join(' ', words));
        }

        return "text=" + Encode(string.Join(' ', words[..EdgeWords])) + "," + Encode(string.Join(' ', words[^EdgeWords..]));
    }

    /// <summary>
    /// Percent-encodes a directive term. Besides what URIs reserve, '-' must be escaped too: in a directive it marks
    /// a prefix or suffix, and ',' and '&amp;' separate terms and directives.
    /// </summary>
    public static string Encode(string term) => Uri.EscapeDataString(term).Replace("-", "%2D", StringComparison.Ordinal);
}
