using System.Globalization;

namespace ArticleReader.Ingestion.Entities.Temporal;

internal enum TimeUnit
{
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// <summary>Time from the period that starts on <paramref name="Start"/> to the one that starts on <paramref name="End"/>, both at <paramref name="Precision"/>.</summary>
internal readonly record struct Period(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public string Format(DateOnly date) => date.ToString(
        Precision switch
        {
            DatePrecision.Day => "yyyy-MM-dd",
            DatePrecision.Month or DatePrecision.Quarter => "yyyy-MM",
            _ => "yyyy",
        },
        CultureInfo.InvariantCulture);
}

/// <summary>A time expression found at tokens <c>[First, End)</c>.</summary>
internal abstract record TemporalMatch(int First, int End);

internal sealed record AbsoluteMatch(int First, int End, Period Period, DateQualifier Qualifier = DateQualifier.None, bool IsRange = false)
    : TemporalMatch(First, End);

internal sealed record RelativeMatch(int First, int End, RelativeRule Rule) : TemporalMatch(First, End);

/// <summary>Resolves a relative expression: the anchor shifted by <paramref name="MinOffset"/> to <paramref name="MaxOffset"/> units.</summary>
/// <param name="FromDateline">Counted from the publication time rather than from the preceding date.</param>
/// <param name="IsRange">The expression spans the whole shift (<c>the last decade</c>) instead of landing somewhere in it.</param>
/// <param name="Month">The month the expression names in the year it shifts to (<c>April this year</c>).</param>
internal sealed record RelativeRule(
    bool FromDateline,
    TimeUnit Unit,
    int MinOffset,
    int MaxOffset,
    bool IsApproximate = false,
    bool IsRange = false,
    int? Month = null);
