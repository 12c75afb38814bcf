using System.Collections.Frozen;

namespace ArticleReader.Ingestion.Entities.Quantities;

/// <summary>A unit read from tokens up to <paramref name="End"/>; amounts in it are multiplied by <paramref name="Factor"/>.</summary>
internal readonly record struct UnitMatch(string Unit, QuantityKind Kind, decimal Factor, int End);

/// <summary>The units written after an amount (<c>km2</c>, <c>cubic metres</c>, <c>percent</c>, <c>dollars</c>, <c>days</c>) and the currencies written before one.</summary>
internal static class Units
{
    private static readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstWord = Build(
        ("km2|km²|sq km|sq . km|square kilometres|square kilometers|square kilometre|square kilometer", "km2", QuantityKind.Measure, 1),
        ("km|kilometres|kilometers|kilometre|kilometer", "km", QuantityKind.Measure, 1),
        ("m|metres|meters|metre|meter", "m", QuantityKind.Measure, 1),
        ("m3|m³|cubic metres|cubic meters|cubic metre|cubic meter", "m3", QuantityKind.Measure, 1),
        ("bcm", "m3", QuantityKind.Measure, 1_000_000_000),
        ("square miles|sq mi", "mi2", QuantityKind.Measure, 1),
        ("miles|mile", "mi", QuantityKind.Measure, 1),
        ("hectares|hectare|ha", "ha", QuantityKind.Measure, 1),
        ("kg|kilograms|kilogrammes|kilogram|kilogramme", "kg", QuantityKind.Measure, 1),
        ("tonnes|tons|tonne|ton", "t", QuantityKind.Measure, 1),
        ("barrels|barrel", "bbl", QuantityKind.Measure, 1),
        ("%|percent|per cent", "%", QuantityKind.Percent, 1),
        ("dollars|US dollars|USD", "USD", QuantityKind.Money, 1),
        ("euros|euro|EUR", "EUR", QuantityKind.Money, 1),
        ("GBP", "GBP", QuantityKind.Money, 1),
        ("manat|manats|AZN", "AZN", QuantityKind.Money, 1),
        ("roubles|rubles|RUB", "RUB", QuantityKind.Money, 1),
        ("minutes|minute", "minute", QuantityKind.Duration, 1),
        ("hours|hour", "hour", QuantityKind.Duration, 1),
        ("days|day", "day", QuantityKind.Duration, 1),
        ("weeks|week", "week", QuantityKind.Duration, 1),
        ("months|month", "month", QuantityKind.Duration, 1),
        ("years|year", "year", QuantityKind.Duration, 1),
        ("decades|decade", "decade", QuantityKind.Duration, 1),
        ("centuries|century", "century", QuantityKind.Duration, 1));

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencySymbols =
        new Dictionary<string, string> { ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["₼"] = "AZN", ["₽"] = "RUB" }
            .ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Codes are only currencies in capitals: `USD 5 million`.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyCodes =
        new[] { "USD", "EUR", "GBP", "AZN", "RUB" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest unit that starts at <paramref name="index"/>.</summary>
    public static UnitMatch? After(TokenList tokens, int index)
    {
        if (index >= tokens.Count || !ByFirstWord.TryGetValue(tokens.Text(index), out var entries))
        {
            return null;
        }

        UnitMatch? longest = null;
        foreach (var entry in entries)
        {
            var end = index + entry.Words.Length;
            if ((longest is null || end > longest.Value.End) && Spells(tokens, index, entry.Words))
            {
                longest = new UnitMatch(entry.Unit, entry.Kind, entry.Factor, end);
            }
        }

        return longest;
    }

    /// <summary>The ISO code of a currency written before an amount (<c>$</c>, <c>US$</c>, <c>€</c>, <c>USD</c>), and the token after it.</summary>
    public static string? CurrencyBefore(TokenList tokens, int index, out int end)
    {
        end = index;
        if (tokens.Is(index, "US") && tokens.IsSymbol(index + 1, '$') && tokens.IsAttached(index + 1))
        {
            end = index + 2;
            return "USD";
        }

        if (index >= 0 && index < tokens.Count && (CurrencySymbols.TryGetValue(tokens.Text(index), out var code) ||
            (tokens.IsWord(index) && CurrencyCodes.TryGetValue(tokens.Text(index), out code))))
        {
            end = index + 1;
            return code;
        }

        return null;
    }

    private static bool Spells(TokenList tokens, int index, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!tokens.Is(index + k, words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> Build(params (string Spellings, string Unit, QuantityKind Kind, decimal Factor)[] units) =>
        units
            .SelectMany(u => u.Spellings.Split('|').Select(spelling => new Entry(spelling.Split(' '), u.Unit, u.Kind, u.Factor)))
            .GroupBy(e => e.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed record Entry(string[] Words, string Unit, QuantityKind Kind, decimal Factor);
}
