using System.Globalization;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// Coordinates for server-rendered SVG: rounded to a tenth and written with the invariant culture, so the same data
/// always gives the same bytes (the drawings are cached and compared in tests) whatever the server's locale.
/// </summary>
public static class SvgNumbers
{
    public static string Format(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
