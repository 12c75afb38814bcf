using ArticleReader.Ingestion.Editorial;

namespace ArticleReader.Ingestion.Tests.Sections;

public sealed class SeedSectionsTests
{
    private static readonly string[] CuratedTitles =
    [
        "A pragmatic partnership",
        "Baku's thaw with Tehran",
        "Why Baku is changing course",
        "A distant West and a rising Sunni militancy",
        "Bandwagoning with the neighbours",
        "What it means for Israel",
    ];

    [Fact]
    public void Without_an_override_the_body_has_four_to_seven_sections_and_the_biographies_close_the_article()
    {
        var article = new IngestionPipeline().Parse(File.ReadAllText(TestData.Seed), "fallback");

        var body = article.Sections.Where(s => s.Kind == SectionKind.Body).ToList();
        Assert.InRange(body.Count, 4, 7);
        Assert.Equal(17, body.Sum(s => s.Paragraphs.Count));
        Assert.All(body, s => Assert.Equal(TitleSource.Automatic, s.TitleSource));

        // Only a question that turns the argument may stand alone, and even it is followed by the answer.
        Assert.All(body.Where(s => s.Paragraphs.Count == 1), s => Assert.EndsWith("?", s.Paragraphs[0].Text, StringComparison.Ordinal));
        var question = Assert.Single(body, s => s.Paragraphs[0].Text.StartsWith("So, what is going on", StringComparison.Ordinal));
        Assert.True(question.Paragraphs.Count > 1);

        var about = article.Sections[^1];
        Assert.Equal(SectionKind.AboutTheAuthors, about.Kind);
        Assert.Equal(IngestionPipeline.AboutTheAuthorsTitle, about.Title);
        Assert.Collection(
            about.Paragraphs,
            p => Assert.StartsWith("Heydar Mirza is an expert", p.Text, StringComparison.Ordinal),
            p => Assert.StartsWith("Dr.des. Orkhan Sattarov", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Automatic_sections_are_deterministic()
    {
        var source = File.ReadAllText(TestData.Seed);

        var first = new IngestionPipeline().Parse(source, "fallback").Sections.Select(s => (s.Title, s.Span)).ToList();
        var second = new IngestionPipeline().Parse(source, "fallback").Sections.Select(s => (s.Title, s.Span)).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_editorial_override_gives_the_curated_sections()
    {
        var pipeline = new IngestionPipeline(new EditorialLibrary(TestData.ContentRoot));

        var article = pipeline.Parse(File.ReadAllText(TestData.Seed), "fallback");

        Assert.Equal(TestData.SeedSlug, article.Slug);
        var body = article.Sections.Where(s => s.Kind == SectionKind.Body).ToList();
        Assert.Equal(CuratedTitles, body.Select(s => s.Title));
        Assert.All(body, s => Assert.Equal(TitleSource.Editorial, s.TitleSource));
        Assert.Equal([3, 5, 3, 2, 2, 2], body.Select(s => s.Paragraphs.Count));
        Assert.Equal(SectionKind.AboutTheAuthors, article.Sections[^1].Kind);
    }

    [Fact]
    public void An_override_that_matches_no_paragraph_names_its_file()
    {
        var root = Path.Combine(Path.GetTempPath(), "articlereader-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, TestData.SeedSlug));
            File.WriteAllText(Path.Combine(folder.FullName, EditorialLibrary.SectionsFile), """
                sections:
                  - starts: "Relationships with Israel"
                    title: "Opening"
                  - starts: "No paragraph of the article opens like this"
                    title: "Nowhere"
                """);
            var pipeline = new IngestionPipeline(new EditorialLibrary(root));

            var error = Assert.Throws<IngestionException>(() => pipeline.Parse(File.ReadAllText(TestData.Seed), "fallback"));

            Assert.Contains($"{TestData.SeedSlug}/{EditorialLibrary.SectionsFile}", error.Message, StringComparison.Ordinal);
            Assert.Contains("No paragraph of the article opens like this", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
