
namespace ArticleReader.Ingestion.Tests.Sections;

/// <summary>
/// The automatic sections of whole articles against golden files: <c>Golden/Sections/NAME.sections</c> holds the
/// expected sections of <c>NAME.txt</c> beside it, or of the seed of that name when there is none.
/// </summary>
public sealed class GoldenSectionsTests
{
    private const int OpeningWords = 6;

    public static TheoryData<string> Articles() =>
        [.. Directory.GetFiles(TestData.GoldenSections, "*.sections").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    [Theory]
    [MemberData(nameof(Articles))]
    public void Automatic_sections_match_the_golden_file(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(TestData.GoldenSections, name + ".sections"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

        var actual = Render(Parse(name));

        // The message is the golden file's body as it would now read, to review and paste when a change is intended.
        Assert.True(expected.SequenceEqual(actual), "Sections differ from the golden file; they now read:\n" + string.Join('\n', actual));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Titles_are_unique_non_empty_and_short(string name)
    {
        var titles = Parse(name).Sections.Select(s => s.Title).ToList();

        Assert.All(titles, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        Assert.All(titles, t => Assert.InRange(t.Length, 1, 60));
        Assert.Equal(titles.Count, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Golden_articles_have_several_topics(string name)
    {
        Assert.True(Parse(name).Sections.Count(s => s.Kind == SectionKind.Body) >= 3);
    }

    private static ParsedArticle Parse(string name)
    {
        var own = Path.Combine(TestData.GoldenSections, name + ".txt");
        var source = File.ReadAllText(File.Exists(own) ? own : Path.Combine(AppContext.BaseDirectory, "seeds", name + ".txt"));
        return new IngestionPipeline().Parse(source, "fallback");
    }

    // "index | title | opening words", the index counting every paragraph of the article.
    private static List<string> Render(ParsedArticle article)
    {
        var lines = new List<string>();
        var index = 0;
        foreach (var section in article.Sections)
        {
            var opening = string.Join(' ', section.Paragraphs[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(OpeningWords));
            lines.Add($"{index} | {section.Title} | {opening}");
            index += section.Paragraphs.Count;
        }

        return lines;
    }
}
