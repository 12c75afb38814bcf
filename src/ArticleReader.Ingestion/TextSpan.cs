namespace ArticleReader.Ingestion;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in an article's verbatim source text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public string Slice(string source) => source[Start..End];

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The same span without leading and trailing white space of <paramref name="source"/>.</summary>
    public TextSpan Trim(string source)
    {
        var start = Start;
        var end = End;
        while (start < end && char.IsWhiteSpace(source[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    public override string ToString() => $"[{Start}, {End})";
}
