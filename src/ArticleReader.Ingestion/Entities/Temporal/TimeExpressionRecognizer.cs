namespace ArticleReader.Ingestion.Entities.Temporal;

/// <summary>Finds dates and periods in an article's sentences and normalizes them, resolving relative ones.</summary>
/// <remarks>
/// <para>
/// <c>this year</c>, <c>last month</c>, <c>the last decade</c> and <c>four years ago</c> count from the publication
/// time; <c>a year later</c>, <c>the following year</c> and <c>a few weeks later</c> count from the last absolute
/// date that placed the narrative in time (<see cref="TemporalPatterns.SetsNarrativeTime"/>), so <c>the 1994
/// ceasefire</c> between <c>April 2 – 5, 2016</c> and <c>a few weeks later</c> does not capture it.
/// </para>
/// <para>
/// A shifted date is stated no finer than the shift nor the anchor: <c>a year later</c> after <c>April 2015</c> is
/// <c>2016</c>, not <c>2016-04</c>, because a writer who meant the month would have named it.
/// </para>
/// </remarks>
public sealed class TimeExpressionRecognizer
{
    /// <param name="sentences">The sentences in document order; relative dates look back across them.</param>
    /// <param name="published">The article's publication time from its dateline, if it has one.</param>
    public IReadOnlyList<TimeExpression> Recognize(string source, IReadOnlyList<TextSpan> sentences, DateTimeOffset? published)
    {
        // The dateline's own calendar day, in the zone the article was published in.
        Period? dateline = published is { } time
            ? new Period(DateOnly.FromDateTime(time.DateTime), DateOnly.FromDateTime(time.DateTime), DatePrecision.Day)
            : null;
        (TextSpan Span, Period Period)? narrativeTime = null;
        var expressions = new List<TimeExpression>();
        foreach (var sentence in sentences)
        {
            var tokens = TokenList.Read(source, sentence);
            foreach (var match in TemporalPatterns.MatchAll(tokens))
            {
                var span = tokens.Span(match.First, match.End);
                DateValue value;
                if (match is AbsoluteMatch absolute)
                {
                    var period = absolute.Period;
                    value = new DateValue(period.Format(period.Start), period.Format(period.End), period.Precision, absolute.Qualifier, absolute.IsRange);
                    if (TemporalPatterns.SetsNarrativeTime(tokens, match))
                    {
                        narrativeTime = (span, period);
                    }
                }
                else
                {
                    var rule = ((RelativeMatch)match).Rule;
                    value = rule.FromDateline
                        ? Resolve(rule, dateline, DateAnchor.Dateline, null)
                        : Resolve(rule, narrativeTime?.Period, DateAnchor.PrecedingDate, narrativeTime?.Span);
                }

                expressions.Add(new TimeExpression(span, span.Slice(source), value));
            }
        }

        return expressions;
    }

    private static DateValue Resolve(RelativeRule rule, Period? anchor, DateAnchor anchorKind, TextSpan? anchorSpan)
    {
        var precision = rule.Month is not null ? DatePrecision.Month : Precision(rule.Unit);
        if (anchor is not { } from)
        {
            return new DateValue(null, null, precision, IsRange: rule.IsRange, IsApproximate: rule.IsApproximate, Anchor: DateAnchor.Unresolved);
        }

        // Stating the result finer than the anchor would invent detail: a month after `2015` is still just 2015.
        if (from.Precision > precision)
        {
            precision = from.Precision >= DatePrecision.Year ? DatePrecision.Year : DatePrecision.Month;
        }

        // Later dates count from the end of the anchor, earlier ones from its start.
        var origin = rule.MaxOffset > 0 ? from.End : from.Start;
        var start = Shift(origin, rule.Unit, rule.MinOffset);
        var end = Shift(origin, rule.Unit, rule.MaxOffset);
        if (rule.Month is { } month)
        {
            start = end = new DateOnly(start.Year, month, 1);
        }

        var period = new Period(Truncate(start, precision), Truncate(end, precision), precision);
        return new DateValue(
            period.Format(period.Start), period.Format(period.End), precision, DateQualifier.None, rule.IsRange, rule.IsApproximate, anchorKind, anchorSpan);
    }

    private static DatePrecision Precision(TimeUnit unit) => unit switch
    {
        TimeUnit.Day or TimeUnit.Week => DatePrecision.Day,
        TimeUnit.Month => DatePrecision.Month,
        _ => DatePrecision.Year,
    };

    private static DateOnly Shift(DateOnly date, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Day => date.AddDays(count),
        TimeUnit.Week => date.AddDays(7 * count),
        TimeUnit.Month => date.AddMonths(count),
        TimeUnit.Year => date.AddYears(count),
        _ => date.AddYears(10 * count),
    };

    private static DateOnly Truncate(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => date,
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        _ => new DateOnly(date.Year, 1, 1),
    };
}
