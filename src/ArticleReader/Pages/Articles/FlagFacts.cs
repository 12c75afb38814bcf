using System.Globalization;
using ArticleReader.Data;
using ArticleReader.Ingestion.Consistency;

namespace ArticleReader.Pages.Articles;

/// <summary>A passage a flag points to besides the flagged one.</summary>
public sealed record RelatedPassage(int Start, int End, string Text);

/// <summary>How consistency flags read in the pages.</summary>
public static class FlagFacts
{
    public static string KindName(FlagKind kind) => kind switch
    {
        FlagKind.DateContradiction => "Date contradiction",
        FlagKind.FigureDisagreement => "Figure disagreement",
        FlagKind.NameSpelling => "Name spelling",
        _ => kind.ToString(),
    };

    /// <summary>The kind as the JSON document writes it, used in class names.</summary>
    public static string KindSlug(FlagKind kind) => kind switch
    {
        FlagKind.DateContradiction => "date-contradiction",
        FlagKind.FigureDisagreement => "figure-disagreement",
        FlagKind.NameSpelling => "name-spelling",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The flag's related passages with their text; a stored range that does not fit the source is skipped.</summary>
    public static IReadOnlyList<RelatedPassage> Related(AnnotatedArticle article, FlagRecord flag)
    {
        var source = article.SourceText;
        var passages = new List<RelatedPassage>();
        foreach (var range in flag.Related)
        {
            if (range.Split(',') is [var first, var second]
                && int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                && start < end && end <= source.Length)
            {
                passages.Add(new RelatedPassage(start, end, source[start..end]));
            }
        }

        return passages;
    }
}
