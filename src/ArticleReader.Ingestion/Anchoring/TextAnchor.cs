using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Anchoring;

/// <summary>Where a reader's note sits, described twice so it can be found again: by content and by offsets.</summary>
public sealed record TextAnchor(TextQuoteSelector Quote, TextPositionSelector Position)
{
    /// <summary>The W3C Web Annotation selectors' usual amount of context either side of a quote.</summary>
    public const int DefaultContext = 32;

    /// <summary>Anchors <paramref name="span"/> of <paramref name="source"/>, keeping up to <paramref name="context"/> code units either side.</summary>
    public static TextAnchor Create(string source, TextSpan span, int context = DefaultContext)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        if (span.Start < 0 || span.End < span.Start || span.End > source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"not within the source's {source.Length} code units");
        }

        var prefixStart = Math.Max(0, span.Start - context);
        if (prefixStart < span.Start && Utf16.SplitsPair(source, prefixStart))
        {
            prefixStart++;
        }

        var suffixEnd = Math.Min(source.Length, span.End + context);
        if (suffixEnd > span.End && Utf16.SplitsPair(source, suffixEnd))
        {
            suffixEnd--;
        }

        var quote = new TextQuoteSelector(span.Slice(source), source[prefixStart..span.Start], source[span.End..suffixEnd]);
        return new TextAnchor(quote, new TextPositionSelector(span.Start, span.End));
    }
}
