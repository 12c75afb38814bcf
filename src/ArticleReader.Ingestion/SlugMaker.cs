using System.Globalization;
using System.Text;

namespace ArticleReader.Ingestion;

/// <summary>Makes short, readable, URL-safe article slugs.</summary>
public static class SlugMaker
{
    private const int MaxLength = 60;

    /// <summary>
    /// A slug from a title: lower-case ASCII words joined by hyphens, cut at a colon when the part before it
    /// already says enough, and at a word boundary near 60 characters.
    /// </summary>
    public static string FromTitle(string title)
    {
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Words(title[..colon]).Count >= 3)
        {
            title = title[..colon];
        }

        var slug = new StringBuilder();
        foreach (var word in Words(title))
        {
            if (slug.Length > 0 && slug.Length + 1 + word.Length > MaxLength)
            {
                break;
            }

            if (slug.Length > 0)
            {
                slug.Append('-');
            }

            slug.Append(word.Length > MaxLength ? word[..MaxLength] : word);
        }

        return slug.ToString();
    }

    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= 100 && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-');

    private static List<string> Words(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c is '\'' or '\u2019' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            folded.Append(lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? lower : ' ');
        }

        return [.. folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}
