using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Tests.Text;

public sealed class WordListTests
{
    // The lists read through WordLists alone; the entity and claim cue lists have tests of their own.
    private static readonly string[] Folders = ["ArticleReader.Ingestion.Text.Words.", "ArticleReader.Ingestion.Sections.Words."];

    public static TheoryData<string> Lists =>
        [.. typeof(WordLists).Assembly.GetManifestResourceNames().Where(r => Folders.Any(f => r.StartsWith(f, StringComparison.Ordinal))).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_word_list_names_each_word_once_in_lower_case(string resource)
    {
        var entries = WordLists.Entries(resource);

        Assert.NotEmpty(entries);
        Assert.Empty(entries.GroupBy(e => e, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(entries, e => Assert.Equal(e.ToLowerInvariant(), e));
    }

    [Fact]
    public void The_stop_words_and_the_section_lists_are_embedded()
    {
        Assert.Equal(5, Lists.Count);
    }
}
