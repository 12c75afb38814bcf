namespace ArticleReader.Ingestion.Entities.Temporal;

/// <summary>The words of time expressions: counts, units, shifts, steps and qualifiers.</summary>
internal static class TimeWords
{
    public static (int Min, int Max, bool IsApproximate, int End)? Count(TokenList tokens, int i)
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

    public static TimeUnit? Unit(TokenList tokens, int i, bool plural)
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

    public static int? CalendarShift(TokenList tokens, int i) =>
        tokens.Is(i, "this") ? 0 : tokens.Is(i, "last") ? -1 : tokens.Is(i, "next") ? 1 : null;

    public static int? Step(TokenList tokens, int i) =>
        tokens.Is(i, "following") || tokens.Is(i, "next") ? 1
        : tokens.Is(i, "previous") || tokens.Is(i, "preceding") ? -1
        : tokens.Is(i, "same") ? 0
        : null;

    public static DateQualifier? Qualifier(TokenList tokens, int i) =>
        tokens.Is(i, "early") ? DateQualifier.Early
        : tokens.Is(i, "mid") ? DateQualifier.Mid
        : tokens.Is(i, "late") ? DateQualifier.Late
        : null;

    public static DateQualifier? Phase(TokenList tokens, int i) =>
        tokens.Is(i, "beginning") || tokens.Is(i, "start") ? DateQualifier.Early
        : tokens.Is(i, "middle") ? DateQualifier.Mid
        : tokens.Is(i, "end") ? DateQualifier.Late
        : null;
}
