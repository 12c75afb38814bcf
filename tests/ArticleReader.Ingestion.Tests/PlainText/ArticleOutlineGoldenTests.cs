using System.Globalization;
using System.Text;

namespace ArticleReader.Ingestion.Tests.PlainText;

/// <summary>
/// Runs the cases in <c>Golden/Articles/*.txt</c>: a plain-text article (with the escapes of <see cref="GoldenText"/>),
/// a line <c>---</c>, then the outline the pipeline must find: header fields, authors, boilerplate, body size.
/// </summary>
public sealed class ArticleOutlineGoldenTests
{
    private const string Separator = "---";

    private static readonly string CaseDirectory = Path.Combine(AppContext.BaseDirectory, "Golden", "Articles");

    public static TheoryData<string> Cases() => new(
        Directory.EnumerateFiles(CaseDirectory, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void FindsTheOutlineTheCaseExpects(string caseName)
    {
        var lines = GoldenText.ReadLines(Path.Combine(CaseDirectory, caseName));
        var separator = Array.IndexOf(lines, Separator);
        Assert.True(separator > 0, $"{caseName} has no '{Separator}' line");
        var source = string.Join('\n', lines[..separator].SkipWhile(l => l.StartsWith('#')).Select(GoldenText.Unescape));
        var expected = lines[(separator + 1)..].Where(l => l.Length > 0).ToArray();

        var article = new IngestionPipeline().Parse(source, Path.GetFileNameWithoutExtension(caseName));

        Assert.Equal(expected, Outline(article));
    }

    internal static string[] Outline(ParsedArticle article)
    {
        var header = article.Header;
        var outline = new List<string>
        {
            $"slug: {article.Slug}",
            $"title: {header.Title?.Text ?? "(none)"}",
            $"dateline: {header.Dateline?.Text ?? "(none)"}",
            $"published: {header.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? "(none)"}",
            $"byline: {(header.Byline is null ? "(none)" : GoldenText.Escape(header.Byline.Text))}",
        };
        outline.AddRange(header.Authors.Select(a => $"author: {a.Name}"));
        outline.AddRange(article.Boilerplate.Select(b => $"boilerplate: {b.Kind} {GoldenText.Escape(b.Text)}"));
        var body = article.Sections.Where(s => s.Kind == SectionKind.Body).SelectMany(s => s.Paragraphs).ToList();
        outline.Add($"body: {body.Count} paragraphs, first \"{FirstWords(body.FirstOrDefault()?.Text)}\", last \"{FirstWords(body.LastOrDefault()?.Text)}\"");
        outline.AddRange(article.Sections.Where(s => s.Kind == SectionKind.AboutTheAuthors).Select(s => $"closing section: {s.Title} ({s.Paragraphs.Count} paragraphs)"));
        return [.. outline];
    }

    private static string FirstWords(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var words = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4))
        {
            words.Append(words.Length > 0 ? " " : string.Empty).Append(word);
        }

        return words.ToString();
    }
}
