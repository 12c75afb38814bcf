using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Entities;

/// <summary>A number read from tokens <c>[First, End)</c>.</summary>
/// <param name="InWords">Written in words (<c>seven</c>) rather than digits (<c>7</c>).</param>
/// <param name="IsScaled">Has a multiplier (<c>3.5 million</c>, <c>a dozen</c>), which makes a number word a quantity on its own.</param>
internal readonly record struct Numeral(int First, int End, decimal Value, bool InWords, bool IsScaled);

/// <summary>Reads numbers written in digits or in English words, and ordinals.</summary>
internal static partial class Numerals
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Small = Lookup(
    [
        .. Counted(1, 1, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
        .. Counted(20, 10, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
    ]);

    private static readonly FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> Multipliers = Lookup<decimal>(
        [("dozen", 12), ("hundred", 100), ("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000), ("trillion", 1_000_000_000_000)]);

    // Plural multipliers that make a vague amount on their own: `hundreds of`, `tens of thousands`.
    private static readonly FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> PluralMultipliers = Lookup<decimal>(
        [("tens", 10), ("dozens", 12), ("hundreds", 100), ("thousands", 1_000), ("millions", 1_000_000), ("billions", 1_000_000_000)]);

    // Abbreviated multipliers after digits: `$3.5bn`, `40 mn`.
    private static readonly FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> ShortMultipliers = Lookup<decimal>(
        [("bn", 1_000_000_000), ("mn", 1_000_000), ("tn", 1_000_000_000_000)]);

    // Glued to an amount of money only: `$3.5m`, `€40k` (after other numbers `m` is the metre).
    private static readonly FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> CurrencyShorthands = Lookup<decimal>(
        [("m", 1_000_000), ("k", 1_000)]);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalWords = Lookup(Counted(
        1, 1, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"));

    private static readonly WordSet OrdinalSuffixes = new("st", "nd", "rd", "th");

    public static bool IsOrdinalSuffix(TokenList tokens, int index) => tokens.IsAttached(index) && tokens.IsIn(index, OrdinalSuffixes);

    public static decimal? Multiplier(TokenList tokens, int index) => Lookup(Multipliers, tokens, index);

    public static decimal? PluralMultiplier(TokenList tokens, int index) => Lookup(PluralMultipliers, tokens, index);

    /// <summary>Trailing zeros a multiplication left (<c>3.5 × 10⁹ = 3500000000.0</c>) are dropped.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>A number in digits (with an optional multiplier) or in words, starting at <paramref name="index"/>.</summary>
    /// <param name="afterCurrency">A glued <c>m</c> or <c>k</c> means million or thousand, as in <c>$3.5m</c>.</param>
    public static Numeral? Read(TokenList tokens, int index, bool afterCurrency = false)
    {
        if (!tokens.IsNumber(index))
        {
            return ReadWords(tokens, index);
        }

        if (!DigitGroups().IsMatch(tokens.Text(index)))
        {
            return null;
        }

        var value = decimal.Parse(tokens.Text(index), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var next = index + 1;
        var multiplier = Multiplier(tokens, next) ?? Lookup(ShortMultipliers, tokens, next) ??
            (afterCurrency && tokens.IsAttached(next) ? Lookup(CurrencyShorthands, tokens, next) : null);
        if (multiplier is { } factor)
        {
            return new Numeral(index, next + 1, Normalize(value * factor), false, true);
        }

        return new Numeral(index, next, value, false, false);
    }

    /// <summary>An ordinal such as <c>20th</c>, <c>third</c> or <c>twenty-first</c>; <paramref name="end"/> is the token after it.</summary>
    public static int? Ordinal(TokenList tokens, int index, out int end)
    {
        end = index;
        if (tokens.IsNumber(index) && IsOrdinalSuffix(tokens, index + 1) && int.TryParse(tokens.Text(index), CultureInfo.InvariantCulture, out var number))
        {
            end = index + 2;
            return number;
        }

        if (!tokens.IsWord(index))
        {
            return null;
        }

        if (OrdinalWords.TryGetValue(tokens.Text(index), out var ordinal))
        {
            end = index + 1;
            return ordinal;
        }

        // `twenty-first`: a multiple of ten, a hyphen and an ordinal below ten.
        if (Small.TryGetValue(tokens.Text(index), out var tens) && tens >= 20 && Hyphenated(tokens, index + 1) &&
            OrdinalWords.TryGetValue(tokens.Text(index + 2), out var unit) && unit < 10)
        {
            end = index + 3;
            return tens + unit;
        }

        return null;
    }

    /// <summary>A hyphen glued to the words on both sides, as in <c>twenty-five</c> or <c>three-day</c>.</summary>
    public static bool Hyphenated(TokenList tokens, int index) =>
        tokens.IsDash(index) && tokens.IsAttached(index) && tokens.IsAttached(index + 1);

    // `seven`, `twenty-five`, `two hundred and ten`, `three thousand`, `a dozen`, `a hundred`.
    private static Numeral? ReadWords(TokenList tokens, int index) => new WordsReading(tokens, index).Read();

    private static decimal? Lookup(FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> words, TokenList tokens, int index) =>
        tokens.IsWord(index) && words.TryGetValue(tokens.Text(index), out var value) ? value : null;

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup<T>((string Word, T Value)[] entries) =>
        entries.ToFrozenDictionary(e => e.Word, e => e.Value, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words numbered from <paramref name="first"/> in steps of <paramref name="step"/>.</summary>
    private static (string Word, int Value)[] Counted(int first, int step, params string[] words) =>
        [.. words.Select((word, i) => (word, first + i * step))];

    /// <summary>
    /// Reads a number in words from a token on: the groups already multiplied by a thousand or more, the group being
    /// read, and which part of a group came last, which decides what may follow.
    /// </summary>
    private sealed class WordsReading(TokenList tokens, int index)
    {
        private readonly int _first = index;
        private int _next = index;
        private decimal _total;
        private decimal _current;
        private Part _last = Part.None;
        private bool _scaled;

        public Numeral? Read()
        {
            if ((tokens.Is(_next, "a") || tokens.Is(_next, "an")) && Multiplier(tokens, _next + 1) is not null)
            {
                _current = 1;
                _last = Part.Units;
                _next++;
            }

            var reading = true;
            while (reading && tokens.IsWord(_next))
            {
                reading = Take(tokens.Text(_next));
            }

            return _last == Part.None ? null : new Numeral(_first, _next, _total + _current, true, _scaled);
        }

        // Takes the word at the next token, and what it joins (`twenty-five`, `hundred and`), if it continues the number.
        private bool Take(ReadOnlySpan<char> word)
        {
            if (Small.TryGetValue(word, out var small))
            {
                return TakeSmall(small);
            }

            if (Multipliers.TryGetValue(word, out var multiplier) && _last is Part.Units or Part.Teens or Part.Tens or Part.Hundred)
            {
                TakeMultiplier(multiplier);
                return true;
            }

            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && _last == Part.Hundred && tokens.IsWord(_next + 1) && Small.ContainsKey(tokens.Text(_next + 1)))
            {
                _next++;
                return true;
            }

            return false;
        }

        private bool TakeSmall(int small)
        {
            // A number word follows only a multiplier (`hundred and five`) or, below ten, a multiple of ten (`twenty five`).
            if (!(_last is Part.None or Part.Hundred or Part.Large || (_last == Part.Tens && small < 10)))
            {
                return false;
            }

            _current += small;
            _last = small < 10 ? Part.Units : small < 20 ? Part.Teens : Part.Tens;
            _next++;
            if (_last == Part.Tens && Hyphenated(tokens, _next) && Small.TryGetValue(tokens.Text(_next + 1), out var unit) && unit < 10)
            {
                _current += unit;
                _last = Part.Units;
                _next += 2;
            }

            return true;
        }

        private void TakeMultiplier(decimal multiplier)
        {
            _scaled = true;
            _next++;
            if (multiplier < 1_000)
            {
                _current *= multiplier;
                _last = Part.Hundred;
            }
            else
            {
                _total += _current * multiplier;
                _current = 0;
                _last = Part.Large;
            }
        }
    }

    private enum Part
    {
        None,
        Units,
        Teens,
        Tens,
        Hundred,
        Large,
    }

    // `7`, `1,000`, `3.5`, `1,250.75`; not `1,5` or `12,34`, which are no English numbers.
    [GeneratedRegex(@"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitGroups();
}
