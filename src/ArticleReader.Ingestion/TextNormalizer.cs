using System.Text;

namespace ArticleReader.Ingestion;

/// <summary>Folds typographic variants so that text typed by an editor matches text from the source.</summary>
public static class TextNormalizer
{
    /// <summary>Lower case, straight quotes, hyphens for dashes, single spaces.</summary>
    public static string ForComparison(string text) => FoldTypography(text, lowerCase: true);

    /// <summary>Straight quotes, hyphens for dashes, single spaces, and lower case when asked.</summary>
    public static string FoldTypography(ReadOnlySpan<char> text, bool lowerCase)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            var folded = Fold(c);
            builder.Append(lowerCase ? char.ToLowerInvariant(folded) : folded);
        }

        return builder.ToString();
    }

    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };
}
