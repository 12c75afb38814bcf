using System.Globalization;
using System.Text;

namespace ArticleReader.Ingestion.Tests;

/// <summary>
/// Golden files hold one sentence per line, so line breaks, tabs and invisible white space inside text are
/// written as escapes: <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\\</c> and <c>\uXXXX</c> (e.g. <c>\u00A0</c>).
/// </summary>
internal static class GoldenText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var escape = c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when c != ' ' && (char.IsWhiteSpace(c) || char.IsControl(c)) => string.Create(CultureInfo.InvariantCulture, $@"\u{(int)c:X4}"),
                _ => null,
            };
            if (escape is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(escape);
            }
        }

        return builder.ToString();
    }

    public static string Unescape(string line)
    {
        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '\\' || i + 1 == line.Length)
            {
                builder.Append(line[i]);
                continue;
            }

            i++;
            switch (line[i])
            {
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'u':
                    builder.Append((char)int.Parse(line.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    builder.Append(line[i]);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The lines of a golden file, whatever line endings a checkout gave it.</summary>
    public static string[] ReadLines(string path) =>
        File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
}
