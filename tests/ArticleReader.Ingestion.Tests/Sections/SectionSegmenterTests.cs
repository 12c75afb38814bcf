using ArticleReader.Ingestion.Sections;

namespace ArticleReader.Ingestion.Tests.Sections;

public sealed class SectionSegmenterTests
{
    private static readonly string[] Orchard =
    [
        "The orchard grows apples on the hill above the village, and the apple harvest begins in September.",
        "Pickers climb ladders in the orchard and fill wooden crates with apples before the harvest ends.",
        "The crates of apples go to the cider press at the foot of the hill, where the harvest is weighed.",
        "Cider from the orchard apples is sold in the village market through the winter after the harvest.",
    ];

    [Fact]
    public void No_paragraphs_make_no_sections()
    {
        Assert.Empty(new SectionSegmenter().FindSectionStarts([]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Short_articles_are_one_section(int count)
    {
        var paragraphs = new[] { "Cats sleep in the sun.", "Rockets reach orbit at great speed.", "Tax law changed in May?" }
            .Take(count).Select(TestData.Paragraph).ToList();

        Assert.Equal([0], new SectionSegmenter().FindSectionStarts(paragraphs));
    }

    [Fact]
    public void A_question_that_turns_the_argument_opens_a_section_its_answer_joins()
    {
        var paragraphs = Orchard.Concat(["So what will the orchard do when the climate changes?"]).Concat(Orchard).Select(TestData.Paragraph).ToList();

        var starts = new SectionSegmenter().FindSectionStarts(paragraphs);

        Assert.Contains(4, starts);
        Assert.DoesNotContain(5, starts);
    }

    [Fact]
    public void A_change_of_vocabulary_opens_a_section()
    {
        string[] rockets =
        [
            "The rocket engine burns liquid oxygen and kerosene to lift the satellite towards orbit.",
            "Engineers test the rocket engine on a stand before the satellite launch.",
            "After launch the rocket releases the satellite into a low orbit above the equator.",
            "The satellite unfolds solar panels once the rocket has left it in orbit.",
        ];

        var starts = new SectionSegmenter().FindSectionStarts(Orchard.Concat(rockets).Select(TestData.Paragraph).ToList());

        Assert.Equal([0, 4], starts);
    }

    [Fact]
    public void Long_articles_keep_sections_of_at_least_two_paragraphs_and_about_three_per_section()
    {
        var seed = new IngestionPipeline().Parse(File.ReadAllText(TestData.Seed), "fallback");
        var body = seed.Sections.Where(s => s.Kind == SectionKind.Body).SelectMany(s => s.Paragraphs).ToList();
        var paragraphs = Enumerable.Repeat(body, 20).SelectMany(b => b).ToList();

        var starts = new SectionSegmenter().FindSectionStarts(paragraphs);

        Assert.Equal(0, starts[0]);
        Assert.All(starts.Zip(starts.Skip(1).Append(paragraphs.Count)), pair => Assert.True(pair.Second - pair.First >= 2));
        Assert.InRange(starts.Count, 20, (paragraphs.Count + 2) / 3);
    }
}
