namespace ArticleReader.Ingestion.Entities.Temporal;

/// <summary>A date or period named in an article's text: <c>April 2014</c>, <c>the 1990s</c>, <c>a year later</c>.</summary>
public sealed record TimeExpression(TextSpan Span, string Text, DateValue Value);

/// <summary>How finely an expression names time, from finest to coarsest.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>The part of the period the text narrows to: <c>early October 2015</c>, <c>mid-2015</c>, <c>the end of 2016</c>.</summary>
public enum DateQualifier
{
    None,
    Early,
    Mid,
    Late,
}

/// <summary>What a date was read from.</summary>
public enum DateAnchor
{
    /// <summary>The text names the date itself.</summary>
    Absolute,

    /// <summary>Counted from the article's publication time: <c>this year</c>, <c>the last decade</c>.</summary>
    Dateline,

    /// <summary>Counted from the last date the text named before: <c>a year later</c>.</summary>
    PrecedingDate,

    /// <summary>A relative expression without the dateline or preceding date it needs.</summary>
    Unresolved,
}

/// <summary>
/// The normalized value of a time expression. <see cref="Start"/> and <see cref="End"/> are ISO 8601 dates reduced
/// to the precision: <c>yyyy-MM-dd</c> for days, <c>yyyy-MM</c> for months and quarters (<c>Q3 2021</c> is
/// <c>2021-07</c>..<c>2021-09</c>), <c>yyyy</c> for years, decades (<c>the 1990s</c> is <c>1990</c>..<c>1999</c>)
/// and centuries (<c>the 20th century</c> is <c>1901</c>..<c>2000</c>). Both are null when unresolved.
/// </summary>
/// <param name="Qualifier">Narrows the period without changing <see cref="Start"/> and <see cref="End"/>.</param>
/// <param name="IsRange">
/// The text names a stretch of time from <see cref="Start"/> to <see cref="End"/> (<c>1988 – 1994</c>,
/// <c>the last decade</c>); otherwise it names one period, which lies between them when they differ
/// (<c>a few weeks later</c>, <c>the 1990s</c>).
/// </param>
/// <param name="IsApproximate">The text leaves the distance from its anchor vague: <c>a few weeks later</c>.</param>
/// <param name="AnchorSpan">The date a <see cref="DateAnchor.PrecedingDate"/> expression was counted from.</param>
public sealed record DateValue(
    string? Start,
    string? End,
    DatePrecision Precision,
    DateQualifier Qualifier = DateQualifier.None,
    bool IsRange = false,
    bool IsApproximate = false,
    DateAnchor Anchor = DateAnchor.Absolute,
    TextSpan? AnchorSpan = null)
{
    public bool IsRelative => Anchor != DateAnchor.Absolute;
}
