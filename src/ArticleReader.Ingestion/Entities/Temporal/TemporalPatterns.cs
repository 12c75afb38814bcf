using System.Globalization;
using System.Text.RegularExpressions;
using static ArticleReader.Ingestion.Entities.Temporal.CalendarDates;
using static ArticleReader.Ingestion.Entities.Temporal.TimeWords;

namespace ArticleReader.Ingestion.Entities.Temporal;

/// <summary>
/// Finds time expressions in a sentence's tokens: relative ones (<c>a year later</c>), qualified periods, decades,
/// quarters, ISO dates and the calendar dates of <see cref="CalendarDates"/>.
/// </summary>
internal static partial class TemporalPatterns
{
    public static IEnumerable<TemporalMatch> MatchAll(TokenList tokens)
    {
        for (var i = 0; i < tokens.Count;)
        {
            if (Match(tokens, i) is { } match)
            {
                yield return match;
                i = match.End;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// The date places the narrative in time, so a following <c>a year later</c> counts from it. A date that
    /// modifies a noun (<c>the 1994 ceasefire</c>) names a thing rather than the time the story has reached.
    /// </summary>
    public static bool SetsNarrativeTime(TokenList tokens, TemporalMatch match) =>
        !(tokens.IsDeterminer(match.First - 1) && tokens.IsLowerCaseWord(match.End));

    private static TemporalMatch? Match(TokenList tokens, int i) =>
        (TemporalMatch?)Relative(tokens, i) ?? Qualified(tokens, i) ?? DecadeOrCentury(tokens, i, allowThe: true) ??
        Quarter(tokens, i) ?? IsoDate(tokens, i) ?? Calendar(tokens, i);

    private static RelativeMatch? Relative(TokenList tokens, int i)
    {
        // `April this year`, `May of last year`.
        if (MonthAt(tokens, i, out var afterMonth) is { } month)
        {
            var j = tokens.Is(afterMonth, "of") ? afterMonth + 1 : afterMonth;
            return CalendarShift(tokens, j) is { } shift && tokens.Is(j + 1, "year")
                ? new RelativeMatch(i, j + 2, new RelativeRule(true, TimeUnit.Year, shift, shift, Month: month))
                : null;
        }

        // `this year`, `last month`, `next year`: calendar periods around the dateline.
        if (!tokens.Is(i - 1, "the") && CalendarShift(tokens, i) is { } calendarShift &&
            Unit(tokens, i + 1, plural: false) is { } calendarUnit and (TimeUnit.Year or TimeUnit.Month))
        {
            return new RelativeMatch(i, i + 2, new RelativeRule(true, calendarUnit, calendarShift, calendarShift));
        }

        // `the last decade`, `the past two years`, `the last few months`: the stretch up to the dateline.
        var last = tokens.Is(i, "the") ? i + 1 : i;
        if (tokens.Is(last, "last") || tokens.Is(last, "past"))
        {
            var count = Count(tokens, last + 1);
            var unitIndex = count?.End ?? last + 1;
            if (Unit(tokens, unitIndex, plural: count is { Max: > 1 }) is { } unit && (last > i || unit == TimeUnit.Decade))
            {
                var rule = new RelativeRule(true, unit, -(count?.Max ?? 1), 0, count?.IsApproximate ?? false, IsRange: true);
                return new RelativeMatch(i, unitIndex + 1, rule);
            }
        }

        // `the following year`, `the same month`, `that year`: the preceding date's period or its neighbour.
        if (tokens.Is(i, "the") && Step(tokens, i + 1) is { } step && Unit(tokens, i + 2, plural: false) is { } stepUnit)
        {
            return new RelativeMatch(i, i + 3, new RelativeRule(false, stepUnit, step, step));
        }

        if (tokens.Is(i, "that") && Unit(tokens, i + 1, plural: false) is { } thatUnit)
        {
            return new RelativeMatch(i, i + 2, new RelativeRule(false, thatUnit, 0, 0));
        }

        return Offset(tokens, i);
    }

    // `a year later`, `year later`, `a few weeks later`, `two years earlier`, `four years ago`.
    private static RelativeMatch? Offset(TokenList tokens, int i)
    {
        var count = Count(tokens, i);
        var unitIndex = count?.End ?? i;
        if (Unit(tokens, unitIndex, plural: count is { Max: > 1 }) is not { } unit)
        {
            return null;
        }

        var (min, max, approximate) = count is { } c ? (c.Min, c.Max, c.IsApproximate) : (1, 1, false);
        var direction = unitIndex + 1;

        // `after` and `before` count from the preceding date only when nothing follows them: `two years after the war` does not.
        var closesClause = !tokens.IsWord(direction + 1) && !tokens.IsNumber(direction + 1);
        RelativeRule? rule = null;
        if (tokens.Is(direction, "later") || tokens.Is(direction, "afterwards") || (tokens.Is(direction, "after") && closesClause))
        {
            rule = new RelativeRule(false, unit, min, max, approximate);
        }
        else if (tokens.Is(direction, "earlier") || (tokens.Is(direction, "before") && closesClause))
        {
            rule = new RelativeRule(false, unit, -max, -min, approximate);
        }
        else if (tokens.Is(direction, "ago"))
        {
            rule = new RelativeRule(true, unit, -max, -min, approximate);
        }

        return rule is null ? null : new RelativeMatch(i, direction + 1, rule);
    }

    // `early October 2015`, `mid-2015`, `the late 1990s`, `the end of 2016`.
    private static AbsoluteMatch? Qualified(TokenList tokens, int i)
    {
        var j = tokens.Is(i, "the") ? i + 1 : i;
        DateQualifier qualifier;
        var innerThe = false;
        if (Qualifier(tokens, j) is { } early)
        {
            qualifier = early;
            j = Numerals.Hyphenated(tokens, j + 1) ? j + 2 : j + 1;
        }
        else if (j > i && Phase(tokens, j) is { } phase && tokens.Is(j + 1, "of"))
        {
            qualifier = phase;
            innerThe = true;
            j += 2;
        }
        else
        {
            return null;
        }

        var inner = DecadeOrCentury(tokens, j, innerThe);
        if (inner is null && ReadAtom(tokens, j, strictYear: false) is { Year: not null, Day: null } atom)
        {
            inner = new AbsoluteMatch(j, atom.End, Point(atom)!.Value);
        }

        return inner is null ? null : new AbsoluteMatch(i, inner.End, inner.Period, qualifier);
    }

    // `the 1990s`, `1990’s`, `the 20th century`, `the twenty-first century`.
    private static AbsoluteMatch? DecadeOrCentury(TokenList tokens, int i, bool allowThe)
    {
        var j = allowThe && tokens.Is(i, "the") ? i + 1 : i;
        if (YearValue(tokens, j, MinYear, MaxYear) is { } year && year % 10 == 0)
        {
            var end = tokens.Is(j + 1, "s") && tokens.IsAttached(j + 1) ? j + 2
                : (tokens.IsSymbol(j + 1, '\'') || tokens.IsSymbol(j + 1, '’')) && tokens.IsAttached(j + 1) && tokens.Is(j + 2, "s") && tokens.IsAttached(j + 2) ? j + 3
                : -1;
            return end < 0 ? null : new AbsoluteMatch(i, end, new Period(new DateOnly(year, 1, 1), new DateOnly(year + 9, 1, 1), DatePrecision.Decade));
        }

        if (Numerals.Ordinal(tokens, j, out var afterOrdinal) is { } century and >= 1 and <= 30 && tokens.Is(afterOrdinal, "century"))
        {
            var period = new Period(new DateOnly((century - 1) * 100 + 1, 1, 1), new DateOnly(century * 100, 1, 1), DatePrecision.Century);
            return new AbsoluteMatch(i, afterOrdinal + 1, period);
        }

        return null;
    }

    // `Q3 2021`, `the third quarter of 2021`.
    private static AbsoluteMatch? Quarter(TokenList tokens, int i)
    {
        int quarter;
        int j;
        if (tokens.IsWord(i) && QuarterCode().IsMatch(tokens.Text(i)))
        {
            quarter = tokens.Text(i)[1] - '0';
            j = i + 1;
        }
        else if (tokens.Is(i, "the") && Numerals.Ordinal(tokens, i + 1, out var afterOrdinal) is { } ordinal and >= 1 and <= 4 &&
            tokens.Is(afterOrdinal, "quarter"))
        {
            quarter = ordinal;
            j = afterOrdinal + 1;
        }
        else
        {
            return null;
        }

        j = tokens.Is(j, "of") ? j + 1 : j;
        if (YearValue(tokens, j, MinYear, MaxYear) is not { } year)
        {
            return null;
        }

        var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new AbsoluteMatch(i, j + 1, new Period(start, start.AddMonths(2), DatePrecision.Quarter));
    }

    // `2016-04-02`. Numeric dates with slashes are left alone: `2/3/2017` is February or March depending on the writer.
    private static AbsoluteMatch? IsoDate(TokenList tokens, int i)
    {
        if (YearValue(tokens, i, MinYear, MaxYear) is not { } year || !IsoPart(tokens, i + 1) || !IsoPart(tokens, i + 3) ||
            !int.TryParse(tokens.Text(i + 2), CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(tokens.Text(i + 4), CultureInfo.InvariantCulture, out var day) ||
            month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new AbsoluteMatch(i, i + 5, DayPeriod(new DateOnly(year, month, day)));
    }

    private static bool IsoPart(TokenList tokens, int hyphen) =>
        tokens.IsSymbol(hyphen, '-') && tokens.IsAttached(hyphen) && tokens.IsAttached(hyphen + 1) &&
        tokens.IsNumber(hyphen + 1) && tokens.Text(hyphen + 1).Length == 2;

    [GeneratedRegex("^Q[1-4]$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterCode();
}
