using ArticleReader.Ingestion.Entities.Cues;

namespace ArticleReader.Ingestion.Tests.Entities;

/// <summary>The recognizer's word lists are data files; a repeated entry is a mistake someone made twice.</summary>
public sealed class NameCueTests
{
    public static TheoryData<string> Files => [.. NameCues.Files];

    [Theory]
    [MemberData(nameof(Files))]
    public void A_word_list_has_entries_and_no_repeats(string file)
    {
        var entries = NameCues.Entries(file);

        Assert.NotEmpty(entries);
        var repeats = entries.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeats.Count == 0, $"{file} repeats {string.Join(", ", repeats)}");
    }

    [Fact]
    public void Every_embedded_word_list_is_checked()
    {
        var embedded = typeof(NameCues).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(typeof(NameCues).Namespace + ".", StringComparison.Ordinal))
            .Select(n => n[(typeof(NameCues).Namespace!.Length + 1)..]);

        Assert.Equal(embedded.Order(StringComparer.Ordinal), NameCues.Files.Order(StringComparer.Ordinal));
    }
}
