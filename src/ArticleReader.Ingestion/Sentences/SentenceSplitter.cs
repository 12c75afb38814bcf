namespace ArticleReader.Ingestion.Sentences;

/// <summary>Splits a paragraph into sentences.</summary>
public sealed class SentenceSplitter
{
    /// <summary>The sentences of the paragraph, in order, each trimmed of surrounding white space.</summary>
    public IReadOnlyList<TextSpan> Split(string source, TextSpan paragraph)
    {
        var sentences = new List<TextSpan>();
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            if (source[i] is '.' or '?' or '!' && (i + 1 == paragraph.End || char.IsWhiteSpace(source[i + 1])))
            {
                sentences.Add(new TextSpan(start, i + 1).Trim(source));
                start = i + 1;
            }
        }

        var rest = new TextSpan(start, paragraph.End).Trim(source);
        if (!rest.IsEmpty)
        {
            sentences.Add(rest);
        }

        return sentences;
    }
}
