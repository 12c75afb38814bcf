using System.Globalization;
using AngleSharp.Html;

namespace ArticleReader.Ingestion.Formats;

/// <summary>Reads the HTML character references of a source as the parser decodes them: numeric, named and legacy ones.</summary>
internal static class HtmlCharacterReference
{
    // What Windows-1252 puts at 0x80-0x9F, which numeric references in that range are taken to mean.
    private const string Windows1252 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private const int MaxReferenceName = 32;

    /// <summary>The character reference at <paramref name="position"/> (an ampersand) and where it ends, if it is one.</summary>
    public static (string Text, int End)? Read(string source, int position)
    {
        var at = position + 1;
        if (at < source.Length && source[at] == '#')
        {
            at++;
            var hex = at < source.Length && source[at] is 'x' or 'X';
            if (hex)
            {
                at++;
            }

            var digits = at;
            while (at < source.Length && (hex ? char.IsAsciiHexDigit(source[at]) : char.IsAsciiDigit(source[at])))
            {
                at++;
            }

            if (at == digits)
            {
                return null;
            }

            var valid = int.TryParse(source.AsSpan(digits, at - digits), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code);
            var end = at < source.Length && source[at] == ';' ? at + 1 : at;
            return (CharacterOf(valid ? code : -1), end);
        }

        while (at < source.Length && at - position <= MaxReferenceName && char.IsAsciiLetterOrDigit(source[at]))
        {
            at++;
        }

        var name = source[(position + 1)..at];
        if (name.Length == 0)
        {
            return null;
        }

        if (at < source.Length && source[at] == ';' && Symbol(name + ";") is { } symbol)
        {
            return (symbol, at + 1);
        }

        // Legacy references need no semicolon and may run into the next word: `&copy 2017`, `&ampx`.
        for (var length = name.Length; length > 1; length--)
        {
            if (Symbol(name[..length]) is { } legacy)
            {
                return (legacy, position + 1 + length);
            }
        }

        return null;
    }

    private static string? Symbol(string name) => HtmlEntityProvider.Resolver.GetSymbol(name) is { Length: > 0 } symbol ? symbol : null;

    private static string CharacterOf(int code) => code switch
    {
        >= 0x80 and <= 0x9F => Windows1252[code - 0x80].ToString(),
        <= 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) => "\uFFFD",
        _ => char.ConvertFromUtf32(code),
    };
}
