using System.Globalization;

namespace ArticleReader.Ingestion.Text;

/// <summary>
/// A passage of an article's verbatim source: a half-open range of UTF-16 code units, the offsets every stored span,
/// note and the JSON document use. The source view writes it <c>char=START,END</c> (RFC 5147's <c>char</c> scheme with
/// <c>START,END</c> both written out).
/// </summary>
public readonly record struct SourceRange(int Start, int End)
{
    // A reason quotes at most this much of what was written, so a long value cannot fill the page.
    private const int MaxQuotedLength = 40;

    /// <summary>
    /// Reads <c>START,END</c> against a text. Both numbers must be plain decimals and the range must pass
    /// <see cref="Check"/>; otherwise <paramref name="problem"/> says in a sentence what is wrong.
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
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            problem = NotInside(Shorten(value), text);
            return false;
        }

        problem = Check(text, start, end) ?? string.Empty;
        range = problem.Length == 0 ? new SourceRange(start, end) : default;
        return problem.Length == 0;
    }

    /// <summary>
    /// Null when <c>[start, end)</c> is a passage of <paramref name="text"/>: inside it, not empty or reversed, and
    /// splitting no character; otherwise why not, in a sentence. With <paramref name="mustHoldText"/> a passage of
    /// white space only is refused too.
    /// </summary>
    public static string? Check(string text, int start, int end, bool mustHoldText = false)
    {
        if (start < 0 || end < 0 || start > text.Length || end > text.Length)
        {
            return NotInside($"{start},{end}", text);
        }

        if (end <= start)
        {
            return $"The range {start},{end} is empty or reversed: its end must come after its start.";
        }

        if (Utf16.SplitsPair(text, start) || Utf16.SplitsPair(text, end))
        {
            return $"The range {start},{end} splits a character in two (a surrogate pair).";
        }

        return mustHoldText && string.IsNullOrWhiteSpace(text[start..end])
            ? $"The range {start},{end} holds only white space."
            : null;
    }

    private static string NotInside(string range, string text) =>
        $"The range {range} is not inside the text, which is {text.Length} characters long.";

    private static bool IsNumber(string part) => part.Length > 0 && part.All(char.IsAsciiDigit);

    private static string Shorten(string value) => value.Length <= MaxQuotedLength ? value : value[..MaxQuotedLength] + "…";
}
