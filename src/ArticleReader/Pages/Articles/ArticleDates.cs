using System.Globalization;

namespace ArticleReader.Pages.Articles;

/// <summary>Publication times as the pages show them: in the zone the dateline gave, which says where the article ran.</summary>
public static class ArticleDates
{
    /// <summary>“2 February 2017, 10:14 (UTC+04:00)”.</summary>
    public static string Long(DateTimeOffset published) =>
        published.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" (UTC{Offset(published)})";

    /// <summary>“2 February 2017”.</summary>
    public static string Short(DateTimeOffset published) => published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The <c>datetime</c> attribute of a <c>time</c> element: “2017-02-02T10:14+04:00”.</summary>
    public static string Machine(DateTimeOffset published) =>
        published.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) + Offset(published);

    private static string Offset(DateTimeOffset published) => published.ToString("zzz", CultureInfo.InvariantCulture);
}
