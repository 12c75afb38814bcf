using System.Globalization;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// A passage of the source text as the source view's <c>char=START,END</c> gives it: a half-open range of UTF-16
/// code units, the offsets every stored span and the JSON document use (RFC 5147's <c>char</c> scheme with
/// <c>START,END</c> both written out).
/// </summary>
public readonly record struct SourceRange(int Start, int End)
{
    /// <summary>
    /// Reads <c>START,END</c> against a text. Both numbers must be plain decimals with
    /// 0 ≤ START &lt; END ≤ the text's length, and neither may split a surrogate pair; otherwise
    /// <paramref name="problem"/> says in a sentence what is wrong.
    /// </summary>
    public static bool TryParse(string value, string text, out SourceRange range, out string problem)
    {
        range = default;
        var parts = value.Split(',');
        if (parts.Length != 2 || !IsNumber(parts[0]) || !IsNumber(parts[1]))
        {
            problem = $"“{Shorten(value)}” is not a range: write char=START,END with two whole numbers, for example char=0,100.";
            return false;
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start > text.Length || end > text.Length)
        {
            problem = $"The range {Shorten(value)} goes past the end of the text, which is {text.Length} characters long.";
            return false;
        }

        if (start > end)
        {
            problem = $"The range {start},{end} is reversed: its start comes after its end.";
            return false;
        }

        if (start == end)
        {
            problem = $"The range {start},{end} is empty: its end must come after its start.";
            return false;
        }

        if (SplitsPair(text, start) || SplitsPair(text, end))
        {
            problem = $"The range {start},{end} cuts a character in two (a surrogate pair).";
            return false;
        }

        range = new SourceRange(start, end);
        problem = string.Empty;
        return true;
    }

    private static bool IsNumber(string part) => part.Length > 0 && part.All(char.IsAsciiDigit);

    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
