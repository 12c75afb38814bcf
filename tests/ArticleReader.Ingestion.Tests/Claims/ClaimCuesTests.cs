using System.Reflection;
using ArticleReader.Ingestion.Claims;

namespace ArticleReader.Ingestion.Tests.Claims;

public sealed class ClaimCuesTests
{
    public static TheoryData<string> Lists => [.. ClaimCues.Names];

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_cue_list_names_each_entry_once_in_lower_case(string name)
    {
        var entries = ClaimCues.Entries(name);

        Assert.NotEmpty(entries);
        Assert.Empty(entries.GroupBy(e => e, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(entries, e => Assert.Equal(e.ToLowerInvariant(), e));
    }

    [Fact]
    public void Every_cue_file_is_a_named_list()
    {
        const string Prefix = "ArticleReader.Ingestion.Claims.Cues.";
        var files = typeof(ClaimCues).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(r => r[Prefix.Length..^".txt".Length]);

        Assert.Equal(files.Order(StringComparer.Ordinal), ClaimCues.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cues_that_quoted_the_gold_articles_are_gone()
    {
        string[] quoted = ["foggy", "problematics", "there are number of", "time will show", "pragmatism", "uniqueness", "leaked", "revoked"];

        Assert.All(ClaimCues.Names, name => Assert.Empty(ClaimCues.Entries(name).Intersect(quoted)));
        Assert.DoesNotContain(typeof(ClaimCues).GetFields(BindingFlags.Public | BindingFlags.Static), f => f.Name == "AnalysisOpeners");
    }
}
