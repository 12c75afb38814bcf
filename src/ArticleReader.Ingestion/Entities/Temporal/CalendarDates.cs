using System.Globalization;
using ArticleReader.Ingestion.Blocks;
using ArticleReader.Ingestion.Entities.Quantities;
using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Entities.Temporal;

/// <summary>
/// Reads calendar dates as parts (day, month, year) that a range completes from each other, so <c>April 2 – 5, 2016</c>,
/// <c>2 – 5 April 2016</c> and <c>April – May 2016</c> share one rule. A bare four-digit number is a year only where a
/// year reads naturally: see <see cref="IsBareYear"/>.
/// </summary>
internal static class CalendarDates
{
    // Years written next to a month, a quarter or a decade's s; a bare number is a year only in the narrower range.
    public const int MinYear = 1000;
    public const int MaxYear = 2999;
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

    // `April 2014`, `2 February 2017`, `February 2, 2017`, `2003`, and ranges of them: `April 2 – 5, 2016`, `1988 – 1994`, `2008–11`.
    public static AbsoluteMatch? Calendar(TokenList tokens, int i)
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
    public readonly record struct Atom(int First, int End, int? Day, int? Month, int? Year);

    public static Atom? ReadAtom(TokenList tokens, int i, bool strictYear)
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

    public static Period? Point(Atom atom)
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

    public static Period DayPeriod(DateOnly date) => new(date, date, DatePrecision.Day);

    /// <summary>
    /// A four-digit number from 1900 to 2099 is a year unless it is part of a name (<c>Vision 2020</c>), an amount
    /// (<c>$2016</c>, <c>2000 km</c>, <c>more than 2000</c>), or counts a plural noun without a word that introduces
    /// years before it (<c>2000 soldiers</c>, but <c>in 2015 tensions rose</c>).
    /// </summary>
    public static bool IsBareYear(TokenList tokens, int i) =>
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
    public static int? YearValue(TokenList tokens, int i, int min, int max)
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
    public static int? MonthAt(TokenList tokens, int i, out int end)
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
}
