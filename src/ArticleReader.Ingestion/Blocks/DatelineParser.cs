using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleReader.Ingestion.Blocks;

/// <summary>Reads a publication dateline such as <c>2 February 2017 10:14 (UTC+04:00)</c>.</summary>
public static partial class DatelineParser
{
    /// <summary>The moment the dateline names; a dateline without a zone is taken as UTC.</summary>
    public static DateTimeOffset? Parse(string line)
    {
        var match = Dateline().Match(line.Trim());
        if (!match.Success)
        {
            return null;
        }

        var day = int.Parse(match.Groups["day"].Success ? match.Groups["day"].Value : match.Groups["day2"].Value, CultureInfo.InvariantCulture);
        var monthName = match.Groups["month"].Success ? match.Groups["month"].Value : match.Groups["month2"].Value;
        var year = int.Parse(match.Groups["year"].Success ? match.Groups["year"].Value : match.Groups["year2"].Value, CultureInfo.InvariantCulture);
        if (MonthNumber(monthName) is not { } month || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var hour = match.Groups["hour"].Success ? int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["ampm"].Success)
        {
            var pm = match.Groups["ampm"].Value.StartsWith('p') || match.Groups["ampm"].Value.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }

        var offset = TimeSpan.Zero;
        if (match.Groups["zh"].Success)
        {
            var sign = match.Groups["sign"].Value is "-" or "\u2212" or "\u2013" ? -1 : 1;
            var zoneMinutes = match.Groups["zm"].Success ? int.Parse(match.Groups["zm"].Value, CultureInfo.InvariantCulture) : 0;
            offset = sign * new TimeSpan(int.Parse(match.Groups["zh"].Value, CultureInfo.InvariantCulture), zoneMinutes, 0);
        }

        if (hour > 23 || minute > 59 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, 0, offset);
    }

    public static int? MonthNumber(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        for (var i = 0; i < 12; i++)
        {
            var full = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[i].ToLowerInvariant();
            if (key == full || (key.Length >= 3 && full.StartsWith(key, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return null;
    }

    // "2 February 2017 10:14 (UTC+04:00)", "February 2, 2017, 10:14 am GMT+4", "2 Feb 2017".
    [GeneratedRegex("""
        ^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?
        (?:
            (?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9}\.?),?\s+(?<year>\d{4})
          | (?<month2>[A-Za-z]{3,9}\.?)\s+(?<day2>\d{1,2}),?\s+(?<year2>\d{4})
        )
        (?:,?\s*(?:at\s+)?(?<hour>\d{1,2})[:.](?<minute>\d{2})\s*(?<ampm>[AaPp]\.?[Mm]\.?)?)?
        (?:\s*\(?\s*(?:UTC|GMT)\s*(?:(?<sign>[+\-\u2212\u2013])\s*(?<zh>\d{1,2})(?::?(?<zm>\d{2}))?)?\s*\)?)?
        \s*$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
