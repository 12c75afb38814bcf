using System.Text;

namespace ArticleReader.Ingestion.Formats;

/// <summary>
/// The words of an article as a reader sees them, with the place in the verbatim source each character comes from.
/// </summary>
/// <remarks>
/// Markdown and HTML are read into this plain text (markup left out, character references decoded, blocks set apart
/// by blank lines), so the pipeline finds sentences, names and claims in prose rather than in markup. Every span it
/// finds is then mapped back onto the source, so stored offsets always point into the file as written. For a plain
/// text article the reading text is the source itself.
/// </remarks>
public sealed class ReadingText
{
    private readonly Segment[] _segments;
    private readonly Markup[] _markup;

    private ReadingText(string text, bool isVerbatim, Segment[] segments, Markup[] markup)
    {
        Text = text;
        IsVerbatim = isVerbatim;
        _segments = segments;
        _markup = markup;
    }

    public string Text { get; }

    /// <summary>Whether the reading text is the source itself, so that every offset means the same in both.</summary>
    public bool IsVerbatim { get; }

    public static ReadingText Verbatim(string source) =>
        new(source, isVerbatim: true, [new Segment(0, source.Length, 0, source.Length, Verbatim: true)], []);

    /// <summary>The source from the first to the last character of <paramref name="span"/>: a name, a date, a title.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        if (IsVerbatim)
        {
            return span;
        }

        if (span.IsEmpty)
        {
            var at = span.Start < Text.Length ? SourceOf(span.Start).Start : SourceLength;
            return new TextSpan(at, at);
        }

        return new TextSpan(SourceOf(span.Start).Start, SourceOf(span.End - 1).End);
    }

    /// <summary>
    /// The source of a whole unit of text (a paragraph, a sentence): like <see cref="ToSource"/>, widened over the
    /// delimiters of every inline element (emphasis, a link with its URL, an HTML tag pair) whose content the span
    /// holds entirely, so a sentence that ends in a link ends after the link's URL rather than inside its brackets.
    /// </summary>
    public TextSpan ToSourceWhole(TextSpan span)
    {
        var mapped = ToSource(span);
        if (IsVerbatim || span.IsEmpty)
        {
            return mapped;
        }

        var (start, end) = (mapped.Start, mapped.End);
        for (var i = FirstMarkupAtOrAfter(span.Start); i < _markup.Length && _markup[i].ReadingStart < span.End; i++)
        {
            if (_markup[i].ReadingEnd <= span.End)
            {
                start = Math.Min(start, _markup[i].SourceStart);
                end = Math.Max(end, _markup[i].SourceEnd);
            }
        }

        return new TextSpan(start, end);
    }

    /// <summary>The reading text of the characters that come from within <paramref name="sourceSpan"/>, trimmed.</summary>
    public string PlainText(TextSpan sourceSpan)
    {
        if (IsVerbatim)
        {
            return sourceSpan.Slice(Text);
        }

        var start = FirstReadingIndex(i => SourceOf(i).Start >= sourceSpan.Start);
        var end = FirstReadingIndex(i => SourceOf(i).End > sourceSpan.End);
        return start < end ? Text[start..end].Trim() : string.Empty;
    }

    private int SourceLength => _segments.Length == 0 ? 0 : _segments[^1].SourceEnd;

    /// <summary>The source range that reading character <paramref name="index"/> was read from.</summary>
    private TextSpan SourceOf(int index)
    {
        var low = 0;
        var high = _segments.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_segments[middle].ReadingStart <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        var segment = _segments[low];
        if (segment.Verbatim)
        {
            var at = segment.SourceStart + index - segment.ReadingStart;
            return new TextSpan(at, at + 1);
        }

        return new TextSpan(segment.SourceStart, segment.SourceEnd);
    }

    /// <summary>The first reading index for which <paramref name="isPast"/> holds (it holds for all after it), or the length.</summary>
    private int FirstReadingIndex(Func<int, bool> isPast)
    {
        var low = 0;
        var high = Text.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (isPast(middle))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private int FirstMarkupAtOrAfter(int readingStart)
    {
        var low = 0;
        var high = _markup.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_markup[middle].ReadingStart < readingStart)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// Reading characters <c>[ReadingStart, ReadingStart + Length)</c> read from source <c>[SourceStart, SourceEnd)</c>:
    /// one for one when <paramref name="Verbatim"/>, else each from the whole range (a character reference, a line break).
    /// </summary>
    private readonly record struct Segment(int ReadingStart, int Length, int SourceStart, int SourceEnd, bool Verbatim);

    /// <summary>An inline element: its content in the reading text and its whole extent, delimiters included, in the source.</summary>
    private readonly record struct Markup(int ReadingStart, int ReadingEnd, int SourceStart, int SourceEnd);

    /// <summary>Builds a reading text in source order; every character appended says where in the source it comes from.</summary>
    internal sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<Segment> _segments = [];
        private readonly List<Markup> _markup = [];
        private int _sourceEnd;

        public int Length => _text.Length;

        public char? Last => _text.Length > 0 ? _text[^1] : null;

        /// <summary>Source characters <c>[start, start + length)</c> read as they are.</summary>
        public void AppendVerbatim(string source, int start, int length)
        {
            if (length <= 0)
            {
                return;
            }

            if (start < _sourceEnd)
            {
                // Readers append in source order; text a parser moved backwards is read as from where reading got to.
                Append(source.Substring(start, length), _sourceEnd, _sourceEnd);
                return;
            }

            _text.Append(source, start, length);
            if (_segments.Count > 0 && _segments[^1] is { Verbatim: true } last && last.SourceEnd == start)
            {
                _segments[^1] = last with { Length = last.Length + length, SourceEnd = start + length };
            }
            else
            {
                _segments.Add(new Segment(_text.Length - length, length, start, start + length, Verbatim: true));
            }

            _sourceEnd = start + length;
        }

        /// <summary><paramref name="text"/> read from the whole of source <c>[sourceStart, sourceEnd)</c>.</summary>
        public void Append(string text, int sourceStart, int sourceEnd)
        {
            if (text.Length == 0)
            {
                return;
            }

            // Kept in source order (see AppendVerbatim), so that offsets only grow along the reading text.
            sourceStart = Math.Max(sourceStart, _sourceEnd);
            sourceEnd = Math.Max(sourceEnd, sourceStart);
            _text.Append(text);
            _segments.Add(new Segment(_text.Length - text.Length, text.Length, sourceStart, sourceEnd, Verbatim: false));
            _sourceEnd = sourceEnd;
        }

        /// <summary>Text that is in no particular place of the source, such as the blank line between two blocks.</summary>
        public void AppendSeparator(string text) => Append(text, _sourceEnd, _sourceEnd);

        /// <summary>Records an inline element whose content was appended from <paramref name="readingStart"/> up to now.</summary>
        public void AddMarkup(int readingStart, int sourceStart, int sourceEnd)
        {
            if (readingStart < _text.Length)
            {
                _markup.Add(new Markup(readingStart, _text.Length, sourceStart, sourceEnd));
            }
        }

        public string Slice(int start, int end) => _text.ToString(start, end - start);

        public ReadingText Build() =>
            new(_text.ToString(), isVerbatim: false, [.. _segments], [.. _markup.OrderBy(m => m.ReadingStart)]);
    }
}
