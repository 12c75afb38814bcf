using System.Globalization;
using System.Text.RegularExpressions;
using ArticleReader.Ingestion.Blocks;
using ArticleReader.Ingestion.Entities.Quantities;
using ArticleReader.Ingestion.Text;

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

/// <summary>
/// Finds time expressions in a sentence's tokens. Calendar dates are read as parts (day, month, year) that a range
/// completes from each other, so <c>April 2 – 5, 2016</c>, <c>2 – 5 April 2016</c> and <c>April – May 2016</c>
/// share one rule. A bare four-digit number is a year only where a year reads naturally: see <see cref="IsBareYear"/>.
/// </summary>
internal static partial class TemporalPatterns
{
    // Years written next to a month, a quarter or a decade's s; a bare number is a year only in the narrower range.
    private const int MinYear = 1000;
    private const int MaxYear = 2999;
    private const int MinBareYear = 1900;
    private const int MaxBareYear = 2099;

    private static readonly WordSet RangeWords = new("to", "until", "till", "through");

    // Words that put a number before a plural noun back into the year: `in 2015 tensions rose`, `the 2016 elections`.
    private static readonly WordSet YearIntroducers = new(
        "in", "since", "of", "by", "until", "till", "from", "to", "before", "after", "during", "between", "and",
        "through", "throughout", "around", "about", "circa", "early", "mid", "late", "the", "this", "that", "its",
        "their", "his", "her", "our", "spring", "summer", "autumn", "fall", "winter");

    // Words that make a four-digit number an amount: `more than 2000`, `some 1500 troops`.
    private static readonly WordSet AmountCues = new("than", "least", "most", "some", "nearly", "almost", "approximately", "roughly", "estimated");

    // Full month names and the usual abbreviations; `Marc` or `Octob` are no months.
    private static readonly WordSet MonthSpellings = new(
        [.. CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, .. CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames, "Sept"]);

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

    // `April 2014`, `2 February 2017`, `February 2, 2017`, `2003`, and ranges of them: `April 2 – 5, 2016`, `1988 – 1994`, `2008–11`.
    private static AbsoluteMatch? Calendar(TokenList tokens, int i)
    {
        if (ReadAtom(tokens, i, strictYear: true) is not { } left)
        {
            return null;
        }

        if (left is { Year: { } firstYear, Month: null, Day: null } && Numerals.Hyphenated(tokens, left.End) &&
            tokens.IsNumber(left.End + 1) && tokens.Text(left.End + 1).Length == 2 &&
            int.TryParse(tokens.Text(left.End + 1), CultureInfo.InvariantCulture, out var shortYear) && shortYear > firstYear % 100)
        {
            var lastYear = firstYear / 100 * 100 + shortYear;
            return new AbsoluteMatch(i, left.End + 2, new Period(new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 1, 1), DatePrecision.Year), IsRange: true);
        }

        if (RangeContinues(tokens, left) is { } next &&
            ReadAtom(tokens, next, strictYear: left is not { Month: null, Day: null }) is { } right &&
            Merge(left, right) is { } range)
        {
            return new AbsoluteMatch(i, right.End, range, IsRange: true);
        }

        return Point(left) is { } point ? new AbsoluteMatch(i, left.End, point) : null;
    }

    /// <summary>Parts of a calendar date at tokens <c>[First, End)</c>; any may be missing until a range supplies it.</summary>
    private readonly record struct Atom(int First, int End, int? Day, int? Month, int? Year);

    private static Atom? ReadAtom(TokenList tokens, int i, bool strictYear)
    {
        if (MonthAt(tokens, i, out var afterMonth) is { } month)
        {
            if (DayAt(tokens, afterMonth, out var afterDay) is { } dayOfMonth)
            {
                var comma = tokens.IsSymbol(afterDay, ',') ? afterDay + 1 : afterDay;
                return YearValue(tokens, comma, MinYear, MaxYear) is { } yearOfDay
                    ? new Atom(i, comma + 1, dayOfMonth, month, yearOfDay)
                    : new Atom(i, afterDay, dayOfMonth, month, null);
            }

            return YearValue(tokens, afterMonth, MinYear, MaxYear) is { } yearOfMonth
                ? new Atom(i, afterMonth + 1, null, month, yearOfMonth)
                : new Atom(i, afterMonth, null, month, null);
        }

        if (DayAt(tokens, i, out var end) is { } day)
        {
            if (MonthAt(tokens, end, out var afterDayMonth) is { } monthOfDay)
            {
                return YearValue(tokens, afterDayMonth, MinYear, MaxYear) is { } year
                    ? new Atom(i, afterDayMonth + 1, day, monthOfDay, year)
                    : new Atom(i, afterDayMonth, day, monthOfDay, null);
            }

            // `5, 2016` closes `April 2 – 5, 2016`.
            return tokens.IsSymbol(end, ',') && YearValue(tokens, end + 1, MinYear, MaxYear) is { } yearOfDay
                ? new Atom(i, end + 2, day, null, yearOfDay)
                : new Atom(i, end, day, null, null);
        }

        // Inside a qualifier or after a year and a dash the context already says "year": only amounts are ruled out.
        return YearValue(tokens, i, MinBareYear, MaxBareYear) is { } bare && (strictYear ? IsBareYear(tokens, i) : !IsAmount(tokens, i))
            ? new Atom(i, i + 1, null, null, bare)
            : null;
    }

    private static int? RangeContinues(TokenList tokens, Atom left)
    {
        var next = left.End;
        if (tokens.IsDash(next) || tokens.IsIn(next, RangeWords) || (tokens.Is(next, "and") && tokens.Is(left.First - 1, "between")))
        {
            return next + 1;
        }

        return null;
    }

    /// <summary>
    /// Completes two parts of a range from each other (a day takes its month from the other side, a missing year is
    /// shared) and keeps the range only if both ends have the same precision and follow in order.
    /// </summary>
    private static Period? Merge(Atom left, Atom right)
    {
        var first = left with
        {
            Year = left.Year ?? right.Year,
            Month = left.Month ?? (left.Day is not null ? right.Month : null),
        };
        var last = right with
        {
            Year = right.Year ?? left.Year,
            Month = right.Month ?? (right.Day is not null ? left.Month : null),
        };
        if (Point(first) is not { } start || Point(last) is not { } end || start.Precision != end.Precision || start.Start >= end.Start)
        {
            return null;
        }

        return start with { End = end.Start };
    }

    private static Period? Point(Atom atom)
    {
        if (atom.Year is not { } year || (atom.Day is not null && atom.Month is null))
        {
            return null;
        }

        if (atom.Month is not { } month)
        {
            var january = new DateOnly(year, 1, 1);
            return new Period(january, january, DatePrecision.Year);
        }

        if (atom.Day is not { } day)
        {
            var first = new DateOnly(year, month, 1);
            return new Period(first, first, DatePrecision.Month);
        }

        return day <= DateTime.DaysInMonth(year, month) ? DayPeriod(new DateOnly(year, month, day)) : null;
    }

    private static Period DayPeriod(DateOnly date) => new(date, date, DatePrecision.Day);

    /// <summary>
    /// A four-digit number from 1900 to 2099 is a year unless it is part of a name (<c>Vision 2020</c>), an amount
    /// (<c>$2016</c>, <c>2000 km</c>, <c>more than 2000</c>), or counts a plural noun without a word that introduces
    /// years before it (<c>2000 soldiers</c>, but <c>in 2015 tensions rose</c>).
    /// </summary>
    private static bool IsBareYear(TokenList tokens, int i) =>
        YearValue(tokens, i, MinBareYear, MaxBareYear) is not null &&
        !tokens.IsNamePart(i) &&
        !IsAmount(tokens, i) &&
        !tokens.IsIn(i - 1, AmountCues) &&
        !(tokens.Is(i - 2, "up") && tokens.Is(i - 1, "to")) &&
        !(Nouns.IsPlural(tokens, i + 1) && !tokens.IsIn(i - 1, YearIntroducers));

    private static bool IsAmount(TokenList tokens, int i) =>
        Units.CurrencyBefore(tokens, i - 1, out _) is not null || Units.After(tokens, i + 1) is not null ||
        Numerals.Multiplier(tokens, i + 1) is not null;

    /// <summary>A plain four-digit number in the range, not glued to letters, a slash or a colon.</summary>
    private static int? YearValue(TokenList tokens, int i, int min, int max)
    {
        if (!tokens.IsNumber(i) || tokens.Text(i).Length != 4 || tokens.IsInNumericNotation(i) ||
            (tokens.IsWord(i + 1) && tokens.IsAttached(i + 1) && !tokens.Is(i + 1, "s")) ||
            !int.TryParse(tokens.Text(i), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        return year >= min && year <= max ? year : null;
    }

    private static int? DayAt(TokenList tokens, int i, out int end)
    {
        end = i + 1;
        if (!tokens.IsNumber(i) || tokens.Text(i).Length > 2 || tokens.IsInNumericNotation(i) ||
            !int.TryParse(tokens.Text(i), CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31)
        {
            return null;
        }

        if (Numerals.IsOrdinalSuffix(tokens, end))
        {
            end++;
        }
        else if (tokens.IsWord(end) && tokens.IsAttached(end))
        {
            return null;
        }

        return day;
    }

    /// <summary>A capitalized month name or its usual abbreviation (<c>Feb</c>, <c>Feb.</c>, <c>Sept</c>).</summary>
    private static int? MonthAt(TokenList tokens, int i, out int end)
    {
        end = i + 1;
        if (!tokens.IsCapitalized(i) || !tokens.IsIn(i, MonthSpellings) || DatelineParser.MonthNumber(tokens.Text(i).ToString()) is not { } month)
        {
            return null;
        }

        // The period of an abbreviation belongs to it; after a full name (`in May.`) it ends the sentence.
        if (tokens.Text(i).Length != CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[month - 1].Length &&
            tokens.IsSymbol(end, '.') && tokens.IsAttached(end))
        {
            end++;
        }

        return month;
    }

    private static (int Min, int Max, bool IsApproximate, int End)? Count(TokenList tokens, int i)
    {
        if (tokens.Is(i, "a") && tokens.Is(i + 1, "few"))
        {
            return (2, 5, true, i + 2);
        }

        if (tokens.Is(i, "few"))
        {
            return (2, 5, true, i + 1);
        }

        if (tokens.Is(i, "several"))
        {
            return (2, 9, true, i + 1);
        }

        if (tokens.Is(i, "a") || tokens.Is(i, "an"))
        {
            return (1, 1, false, i + 1);
        }

        if (Numerals.Read(tokens, i) is { IsScaled: false, Value: >= 1 and <= 1000 } numeral && numeral.Value == decimal.Truncate(numeral.Value))
        {
            var n = (int)numeral.Value;
            return (n, n, false, numeral.End);
        }

        return null;
    }

    private static TimeUnit? Unit(TokenList tokens, int i, bool plural)
    {
        if (!tokens.IsWord(i))
        {
            return null;
        }

        var word = tokens.Text(i);
        var isPlural = word.EndsWith("s", StringComparison.OrdinalIgnoreCase);
        if (isPlural != plural)
        {
            return null;
        }

        var singular = isPlural ? word[..^1] : word;
        return singular switch
        {
            _ when singular.Equals("day", StringComparison.OrdinalIgnoreCase) => TimeUnit.Day,
            _ when singular.Equals("week", StringComparison.OrdinalIgnoreCase) => TimeUnit.Week,
            _ when singular.Equals("month", StringComparison.OrdinalIgnoreCase) => TimeUnit.Month,
            _ when singular.Equals("year", StringComparison.OrdinalIgnoreCase) => TimeUnit.Year,
            _ when singular.Equals("decade", StringComparison.OrdinalIgnoreCase) => TimeUnit.Decade,
            _ => null,
        };
    }

    private static int? CalendarShift(TokenList tokens, int i) =>
        tokens.Is(i, "this") ? 0 : tokens.Is(i, "last") ? -1 : tokens.Is(i, "next") ? 1 : null;

    private static int? Step(TokenList tokens, int i) =>
        tokens.Is(i, "following") || tokens.Is(i, "next") ? 1
        : tokens.Is(i, "previous") || tokens.Is(i, "preceding") ? -1
        : tokens.Is(i, "same") ? 0
        : null;

    private static DateQualifier? Qualifier(TokenList tokens, int i) =>
        tokens.Is(i, "early") ? DateQualifier.Early
        : tokens.Is(i, "mid") ? DateQualifier.Mid
        : tokens.Is(i, "late") ? DateQualifier.Late
        : null;

    private static DateQualifier? Phase(TokenList tokens, int i) =>
        tokens.Is(i, "beginning") || tokens.Is(i, "start") ? DateQualifier.Early
        : tokens.Is(i, "middle") ? DateQualifier.Mid
        : tokens.Is(i, "end") ? DateQualifier.Late
        : null;

    [GeneratedRegex("^Q[1-4]$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterCode();
}
