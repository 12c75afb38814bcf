using ArticleReader.Ingestion.Entities.Temporal;
using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Entities.Quantities;

/// <summary>Finds amounts in text and normalizes them: measures, money, percentages, counts, ratios and durations.</summary>
/// <remarks>
/// <para>
/// Numbers in digits are quantities unless they belong to a date (found with the same patterns as
/// <see cref="TimeExpressionRecognizer"/>), a name or model (<c>F-16</c>, <c>Boeing 737</c>, <c>Number One</c>), a clock
/// time, a numeric date or an ordinal. Number words are quantities only with something to count: a unit
/// (<c>five years</c>, <c>three-day</c>), a plural noun (<c>seven Armenian targets</c>), a multiplier
/// (<c>two million</c>), a whole (<c>four of eighteen</c>) or a range (<c>one or two cases</c>). <c>One</c> is too often
/// a pronoun or an idiom (<c>one of the</c>, <c>one thing</c>, <c>one day</c>) to count before a plain noun or unit: it
/// needs a multiplier, a whole, a range or a hyphenated unit (<c>one-day</c>).
/// </para>
/// <para>
/// Vague amounts are ranges: <c>several</c> is 2 to 9 and <c>a few</c> 2 to 5 of the multiplier that follows, and a
/// plural multiplier is 2 to 9 of itself, so <c>several hundred</c> is 200–999 and <c>tens of thousands</c> 20,000–99,999.
/// </para>
/// </remarks>
public sealed class QuantityRecognizer
{
    private static readonly WordSet Approximators = new("about", "around", "approximately", "approx", "roughly", "some", "nearly", "almost", "circa", "estimated");

    private enum Bound
    {
        None,
        AtLeast,
        AtMost,
    }

    /// <param name="span">A sentence or paragraph of <paramref name="source"/>.</param>
    public IReadOnlyList<QuantityExpression> Recognize(string source, TextSpan span)
    {
        var tokens = TokenList.Read(source, span);
        var inDate = new bool[tokens.Count];
        foreach (var date in TemporalPatterns.MatchAll(tokens))
        {
            Array.Fill(inDate, true, date.First, date.End - date.First);
        }

        var quantities = new List<QuantityExpression>();
        for (var i = 0; i < tokens.Count;)
        {
            if (!inDate[i] && Match(tokens, i, inDate) is { } found)
            {
                var quantitySpan = tokens.Span(i, found.End);
                quantities.Add(new QuantityExpression(quantitySpan, quantitySpan.Slice(source), found.Value));
                i = found.End;
            }
            else
            {
                i++;
            }
        }

        return quantities;
    }

    private static (int End, QuantityValue Value)? Match(TokenList tokens, int i, bool[] inDate)
    {
        var (bound, approximate, j) = Prefix(tokens, i);
        var currency = Units.CurrencyBefore(tokens, j, out var afterCurrency);
        if (currency is not null)
        {
            j = afterCurrency;
        }

        if (j >= tokens.Count || inDate[j])
        {
            return null;
        }

        if (currency is null && Vague(tokens, j) is { } vague)
        {
            return VagueAmount(tokens, vague, bound);
        }

        if (Numerals.Read(tokens, j, afterCurrency: currency is not null) is not { } number || !StandsAlone(tokens, number, currency is not null))
        {
            return null;
        }

        var (end, max, total, isRange) = Extent(tokens, number, inDate);
        approximate |= isRange && tokens.Is(number.End, "or");
        var hyphenated = Numerals.Hyphenated(tokens, end);
        var unit = Units.After(tokens, hyphenated ? end + 1 : end);
        if (!number.InWords && tokens.IsWord(number.End) && tokens.IsAttached(number.End) && (unit is null || end != number.End))
        {
            // Letters glued to digits that are no unit: an ordinal (`16th`) or a code (`72B3`).
            return null;
        }

        QuantityValue value;
        if (total is not null)
        {
            value = new QuantityValue(QuantityKind.Ratio, number.Value, number.Value, CountedNoun(tokens, end), approximate, total);
        }
        else if (currency is not null)
        {
            value = new QuantityValue(QuantityKind.Money, number.Value, max, currency, approximate);
        }
        else if (unit is { } u)
        {
            value = new QuantityValue(u.Kind, Numerals.Normalize(number.Value * u.Factor), Numerals.Normalize(max * u.Factor), u.Unit, approximate);
            end = u.End;
        }
        else
        {
            value = new QuantityValue(QuantityKind.Count, number.Value, max, CountedNoun(tokens, end), approximate);
        }

        return CountsSomething(number, value, isRange, hyphenated) ? (end, Bounded(value, bound)) : null;
    }

    // A number word needs something to count, and `one` more than that (see the remarks).
    private static bool CountsSomething(Numeral number, QuantityValue value, bool isRange, bool hyphenated)
    {
        var weakWord = number.InWords && !number.IsScaled;
        if (weakWord && value.Kind == QuantityKind.Count && value.Unit is null)
        {
            return false;
        }

        return !(weakWord && number.Value == 1 && value.Total is null && !isRange && !hyphenated);
    }

    // `hundreds of kilometres` measures, `tens of thousands of Jews` counts.
    private static (int End, QuantityValue Value) VagueAmount(TokenList tokens, (int End, decimal Min, decimal Max) vague, Bound bound)
    {
        var counted = tokens.Is(vague.End, "of") ? vague.End + 1 : vague.End;
        if (Units.After(tokens, counted) is { } vagueUnit)
        {
            var measured = new QuantityValue(
                vagueUnit.Kind, Numerals.Normalize(vague.Min * vagueUnit.Factor), Numerals.Normalize(vague.Max * vagueUnit.Factor), vagueUnit.Unit, true);
            return (vagueUnit.End, Bounded(measured, bound));
        }

        return (vague.End, Bounded(new QuantityValue(QuantityKind.Count, vague.Min, vague.Max, CountedNoun(tokens, counted), true), bound));
    }

    /// <summary>How far the amount that opens with <paramref name="number"/> runs: to a range's upper end (<c>two to five</c>) or a whole (<c>four of eighteen</c>).</summary>
    private static (int End, decimal Max, decimal? Total, bool IsRange) Extent(TokenList tokens, Numeral number, bool[] inDate)
    {
        if (RangeContinues(tokens, number) is { } next && next < tokens.Count && !inDate[next] &&
            Numerals.Read(tokens, next) is { } upper && upper.Value > number.Value && upper.InWords == number.InWords && upper.IsScaled == number.IsScaled)
        {
            return (upper.End, upper.Value, null, true);
        }

        if (WholeFollows(tokens, number.End) is { } whole && whole < tokens.Count && !inDate[whole] && Numerals.Read(tokens, whole) is { } wholeNumber && wholeNumber.Value >= number.Value)
        {
            return (wholeNumber.End, number.Value, wholeNumber.Value, false);
        }

        return (number.End, number.Value, null, false);
    }

    // `more than`, `at least`, `up to`, `about`, `nearly`: the words before an amount that bound or hedge it.
    private static (Bound Bound, bool Approximate, int Next) Prefix(TokenList tokens, int i)
    {
        if ((tokens.Is(i, "more") || tokens.Is(i, "greater")) && tokens.Is(i + 1, "than"))
        {
            return (Bound.AtLeast, false, i + 2);
        }

        if ((tokens.Is(i, "less") || tokens.Is(i, "fewer")) && tokens.Is(i + 1, "than"))
        {
            return (Bound.AtMost, false, i + 2);
        }

        if (tokens.Is(i, "at") && tokens.Is(i + 1, "least"))
        {
            return (Bound.AtLeast, false, i + 2);
        }

        if ((tokens.Is(i, "at") && tokens.Is(i + 1, "most")) || (tokens.Is(i, "up") && tokens.Is(i + 1, "to")))
        {
            return (Bound.AtMost, false, i + 2);
        }

        if (tokens.IsIn(i, Approximators))
        {
            return (Bound.None, true, tokens.IsSymbol(i + 1, '.') && tokens.Is(i, "approx") ? i + 2 : i + 1);
        }

        return (Bound.None, false, i);
    }

    private static QuantityValue Bounded(QuantityValue value, Bound bound) => bound switch
    {
        Bound.AtLeast => value with { Max = null },
        Bound.AtMost => value with { Min = null },
        _ => value,
    };

    /// <summary>Digits that are not part of a name, a clock time or a numeric date; number words not capitalized inside a sentence (<c>Number One</c>).</summary>
    private static bool StandsAlone(TokenList tokens, Numeral number, bool afterCurrency) =>
        number.InWords
            ? !tokens.IsCapitalized(number.First) || tokens.StartsSentence(number.First)
            : (afterCurrency || !tokens.IsNamePart(number.First)) && !tokens.IsInNumericNotation(number.First);

    // `10–15`, `10 to 15`, `one or two`, `between 10 and 15`.
    private static int? RangeContinues(TokenList tokens, Numeral number)
    {
        var next = number.End;
        var connects = tokens.IsDash(next) || tokens.Is(next, "to") || tokens.Is(next, "or") ||
            (tokens.Is(next, "and") && tokens.Is(number.First - 1, "between"));
        return connects ? next + 1 : null;
    }

    // `4 of 18`, `four out of eighteen`, `one in five`.
    private static int? WholeFollows(TokenList tokens, int next) =>
        tokens.Is(next, "of") || tokens.Is(next, "in") ? next + 1
        : tokens.Is(next, "out") && tokens.Is(next + 1, "of") ? next + 2
        : null;

    private static string? CountedNoun(TokenList tokens, int index) =>
        Nouns.Counted(tokens, index) is { } noun ? tokens.Text(noun).ToString() : null;

    /// <summary><c>several hundred</c>, <c>a few thousand</c>, <c>hundreds</c>, <c>tens of thousands</c>, <c>dozens</c>.</summary>
    private static (int End, decimal Min, decimal Max)? Vague(TokenList tokens, int i)
    {
        int low = 2, high = 9;
        var j = i;
        decimal scale = 1;
        if (tokens.Is(i, "several"))
        {
            j++;
        }
        else if (tokens.Is(i, "a") && tokens.Is(i + 1, "few"))
        {
            high = 5;
            j += 2;
        }
        else if (Numerals.PluralMultiplier(tokens, i) is { } head)
        {
            scale = head;
            j++;
        }
        else
        {
            return null;
        }

        while (true)
        {
            if ((Numerals.Multiplier(tokens, j) ?? Numerals.PluralMultiplier(tokens, j)) is { } multiplier)
            {
                scale *= multiplier;
                j++;
            }
            else if (scale > 1 && tokens.Is(j, "of") && Numerals.PluralMultiplier(tokens, j + 1) is { } ofMultiplier)
            {
                scale *= ofMultiplier;
                j += 2;
            }
            else
            {
                break;
            }
        }

        return scale > 1 ? (j, low * scale, (high + 1) * scale - 1) : null;
    }
}
