using System.Buffers;
using AngleSharp.Dom;

namespace ArticleReader.Ingestion.Formats;

/// <summary>
/// Follows an HTML document through its verbatim source in document order, finding where each text node was
/// written, so that every character read from the DOM can name its source range.
/// </summary>
/// <remarks>
/// AngleSharp tells where an element's start tag is, but not where its text or end tag are. The walker keeps a
/// cursor that only moves forward: an element moves it past its start tag, a text node past the characters it
/// was read from. A text node is matched against the source with its character references decoded again and
/// line endings normalized as the parser does; one the parser moved away from where it was written is looked for
/// further on, and left out of the reading text if it cannot be found.
/// </remarks>
internal sealed class HtmlSourceWalker(string source)
{
    // Their content is text up to the matching end tag, whatever it looks like.
    private static readonly HashSet<string> RawText = ["script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext"];

    private static readonly TextSpan NoSpace = new(-1, -1);

    private static readonly SearchValues<char> HtmlWhiteSpace = SearchValues.Create(" \t\n\r\f");

    private readonly List<Piece> _pieces = [];
    private int _cursor;
    // Where the white space not yet written as a space was read from; Start is -1 when there is none.
    private TextSpan _pendingSpace = NoSpace;

    /// <summary>Moves past the element's start tag, if it was written where reading has not yet got to.</summary>
    /// <returns>Where the start tag begins, or null when the element's place in the source is unknown.</returns>
    public int? Enter(IElement element)
    {
        if (TagStart(element) is not { } start || start < _cursor)
        {
            return null;
        }

        _cursor = HtmlMarkup.SkipTag(source, start);
        return start;
    }

    /// <summary>Moves past the element's end tag when it comes next.</summary>
    /// <returns>Where the end tag ends, or null when the end tag is implied or elsewhere.</returns>
    public int? Leave(IElement element)
    {
        var at = HtmlMarkup.SkipComments(source, _cursor);
        var name = element.LocalName;
        if (at + 2 + name.Length <= source.Length
            && source[at] == '<' && source[at + 1] == '/'
            && string.Compare(source, at + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (at + 2 + name.Length == source.Length || source[at + 2 + name.Length] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f'))
        {
            _cursor = HtmlMarkup.SkipTag(source, at);
            return _cursor;
        }

        return null;
    }

    /// <summary>Moves past an element that is not read, so that its text is not mistaken for text read later.</summary>
    public void Skip(IElement element)
    {
        if (Enter(element) is null)
        {
            return;
        }

        if (RawText.Contains(element.LocalName))
        {
            var end = source.IndexOf("</" + element.LocalName, _cursor, StringComparison.OrdinalIgnoreCase);
            _cursor = end < 0 ? _cursor : HtmlMarkup.SkipTag(source, end);
            return;
        }

        foreach (var child in element.ChildNodes)
        {
            // Text that is not read is only looked for where reading has got to: if it is elsewhere, the next
            // element with a known place puts the cursor right.
            if (child is IText text)
            {
                Align(text.Data, searchFurther: false);
            }
            else if (child is IElement inner)
            {
                Skip(inner);
            }
        }

        Leave(element);
    }

    /// <summary>Writes a text node, white space collapsed to single spaces as a browser shows it.</summary>
    public void Write(IText text, ReadingText.Builder builder)
    {
        if (!Align(text.Data, searchFurther: true))
        {
            return;
        }

        foreach (var piece in _pieces)
        {
            if (piece.Decoded is { } decoded)
            {
                // A reference, or a line ending, is read whole: an astral character takes two UTF-16 units.
                if (IsCollapsible(decoded[0]))
                {
                    _pendingSpace = _pendingSpace.Start < 0 ? new TextSpan(piece.Start, piece.End) : _pendingSpace;
                }
                else
                {
                    WritePendingSpace(builder);
                    builder.Append(decoded, piece.Start, piece.End);
                }

                continue;
            }

            for (var at = piece.Start; at < piece.End; at++)
            {
                if (IsCollapsible(source[at]))
                {
                    _pendingSpace = _pendingSpace.Start < 0 ? new TextSpan(at, at + 1) : _pendingSpace;
                }
                else
                {
                    WritePendingSpace(builder);
                    builder.AppendVerbatim(source, at, 1);
                }
            }
        }
    }

    private static bool IsCollapsible(char c) => HtmlWhiteSpace.Contains(c);

    /// <summary>The space that stands for a run of white space, unless it would open a block or a line.</summary>
    private void WritePendingSpace(ReadingText.Builder builder)
    {
        if (_pendingSpace.Start >= 0 && builder.Last is not (null or ' ' or '\n'))
        {
            builder.Append(" ", _pendingSpace.Start, _pendingSpace.End);
        }

        _pendingSpace = NoSpace;
    }

    public void WriteLineBreak(IElement br, ReadingText.Builder builder)
    {
        var start = Enter(br) ?? _cursor;
        builder.Append("\n", start, Math.Max(start, _cursor));
        _pendingSpace = NoSpace;
    }

    /// <summary>Finds where <paramref name="data"/> was written, at the cursor or after a later tag, and moves past it.</summary>
    private bool Align(string data, bool searchFurther)
    {
        _pieces.Clear();
        var (matched, end) = Match(HtmlMarkup.SkipMarkup(source, _cursor), data, 0);
        if (matched == data.Length)
        {
            _cursor = end;
            return true;
        }

        if (!searchFurther)
        {
            return false;
        }

        // The rest was written further on, after some tag: the parser moves text out of a table into the text
        // before it, and joins text around an end tag it ignores. White space the rest opens with reads as one
        // space wherever it was written.
        var rest = matched;
        while (rest < data.Length && IsCollapsible(data[rest]))
        {
            rest++;
        }

        var kept = _pieces.Count;
        for (var at = source.IndexOf('>', end); at >= 0; at = source.IndexOf('>', at + 1))
        {
            var position = at + 1;
            if (rest > matched)
            {
                while (position < source.Length && IsCollapsible(source[position]))
                {
                    position++;
                }

                _pieces.Add(new Piece(at + 1, position, " "));
            }

            var (more, moreEnd) = Match(position, data, rest);
            if (rest + more == data.Length)
            {
                _cursor = moreEnd;
                return true;
            }

            _pieces.RemoveRange(kept, _pieces.Count - kept);
        }

        _pieces.Clear();
        return false;
    }

    /// <summary>Matches <paramref name="data"/> from <paramref name="index"/> against the source at <paramref name="position"/>.</summary>
    /// <returns>How many characters of <paramref name="data"/> matched, and where in the source they end.</returns>
    private (int Count, int End) Match(int position, string data, int index)
    {
        var i = index;
        while (i < data.Length && position < source.Length)
        {
            var c = source[position];
            if (c == '&' && HtmlCharacterReference.Read(source, position) is { } reference && data.AsSpan(i).StartsWith(reference.Text, StringComparison.Ordinal))
            {
                _pieces.Add(new Piece(position, reference.End, reference.Text));
                i += reference.Text.Length;
                position = reference.End;
            }
            else if (c == data[i])
            {
                if (_pieces.Count > 0 && _pieces[^1] is { Decoded: null } last && last.End == position)
                {
                    _pieces[^1] = last with { End = position + 1 };
                }
                else
                {
                    _pieces.Add(new Piece(position, position + 1, Decoded: null));
                }

                i++;
                position++;
            }
            else if (c == '\r' && data[i] == '\n')
            {
                // The parser reads CR LF and a lone CR as LF.
                var end = position + 1 < source.Length && source[position + 1] == '\n' ? position + 2 : position + 1;
                _pieces.Add(new Piece(position, end, "\n"));
                i++;
                position = end;
            }
            else
            {
                break;
            }
        }

        return (i - index, position);
    }

    /// <summary>Where the start tag of <paramref name="element"/> begins, if the parser saw one.</summary>
    private int? TagStart(IElement element)
    {
        if (element.SourceReference?.Position.Position is not { } position)
        {
            return null;
        }

        // AngleSharp places an element at its tag name, just after the '<'; an element the parser implied (a
        // missing <body>) is placed at whatever tag made it, which is not its own.
        var name = element.LocalName;
        foreach (var at in (ReadOnlySpan<int>)[position - 1, position])
        {
            if (at >= 0 && at + 1 + name.Length <= source.Length && source[at] == '<'
                && string.Compare(source, at + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>Text read from source <c>[Start, End)</c>: as written when <paramref name="Decoded"/> is null, else as a whole.</summary>
    private readonly record struct Piece(int Start, int End, string? Decoded);
}
