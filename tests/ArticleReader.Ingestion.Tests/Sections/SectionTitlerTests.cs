using ArticleReader.Ingestion.Sections;

namespace ArticleReader.Ingestion.Tests.Sections;

public sealed class SectionTitlerTests
{
    private static List<IReadOnlyList<ParsedParagraph>> Sections(params string[][] sections) =>
        [.. sections.Select(s => (IReadOnlyList<ParsedParagraph>)[.. s.Select(TestData.Paragraph)])];

    [Fact]
    public void Names_keep_their_casing_and_article()
    {
        var titles = new SectionTitler().Title(Sections(
            ["Fighting in Nagorno-Karabakh resumed in April. Villages in Nagorno-Karabakh were shelled, and Nagorno-Karabakh's roads closed."],
            ["Pipelines cross the South Caucasus to Turkey. Investors see the South Caucasus as a corridor, and the South Caucasus needs them."]));

        Assert.Contains("Nagorno-Karabakh", titles[0], StringComparison.Ordinal);
        Assert.StartsWith("The South Caucasus", titles[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Salient_names_and_nouns_make_the_title_names_first()
    {
        var titles = new SectionTitler().Title(Sections(
            ["The harbour of Valletta handles most cargo. Ferries leave the harbour every hour, and the harbour never sleeps."],
            ["Farmers on Gozo grow tomatoes. Tomatoes from Gozo dry in the sun, and the tomatoes are sold at markets."]));

        Assert.Equal("Valletta and the harbour", titles[0]);
        Assert.Equal("Gozo and the tomatoes", titles[1]);
    }

    [Fact]
    public void Sections_that_read_alike_get_different_titles()
    {
        string[] text = ["Glaciers in the Alps are melting. The glaciers of the Alps lost a tenth of their ice in two summers."];

        var titles = new SectionTitler().Title(Sections(text, text, text));

        Assert.Equal(3, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(titles, t => Assert.InRange(t.Length, 1, SectionTitler.MaxTitleLength));
    }

    [Fact]
    public void A_section_without_salient_terms_is_titled_by_its_opening_words()
    {
        var titles = new SectionTitler().Title(Sections(["So, what is it?"], ["and why would it be so, after all?"]));

        Assert.Equal(["So, what is it?", "And why would it be so,\u2026"], titles);
    }

    [Fact]
    public void Titles_stay_within_sixty_characters()
    {
        var titles = new SectionTitler().Title(Sections(
            ["The Organization for the Prohibition of Chemical Weapons met the International Committee of the Red Cross and the Intergovernmental Panel on Climate Change."],
            ["Supercalifragilisticexpialidociousness supercalifragilisticexpialidociousness antidisestablishmentarianism antidisestablishmentarianism floccinaucinihilipilification."]));

        Assert.All(titles, t => Assert.InRange(t.Length, 1, SectionTitler.MaxTitleLength));
    }
}
