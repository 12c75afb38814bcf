namespace ArticleReader.Ingestion.Consistency;

public enum FlagKind
{
    /// <summary>A relative date resolves to a time that contradicts an absolute date given for the same event.</summary>
    DateContradiction,

    /// <summary>Two figures for the same quantity disagree (possibly attributed to different sources).</summary>
    FigureDisagreement,

    /// <summary>A name is spelled differently from the editorial glossary.</summary>
    NameSpelling,
}

/// <summary>Where the article disagrees with itself or with its glossary, with a short explanation for the reader.</summary>
/// <param name="Key">A short stable key, for links to the flag.</param>
/// <param name="Span">The flagged text.</param>
/// <param name="Related">The other passages the flag is about (the absolute date, the other figure).</param>
public sealed record ConsistencyFlag(string Key, FlagKind Kind, TextSpan Span, string Text, string Explanation, IReadOnlyList<TextSpan> Related);
