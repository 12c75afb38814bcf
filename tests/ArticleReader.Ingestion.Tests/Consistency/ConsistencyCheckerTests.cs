using ArticleReader.Ingestion.Consistency;
using ArticleReader.Ingestion.Editorial;

namespace ArticleReader.Ingestion.Tests.Consistency;

public sealed class ConsistencyCheckerTests
{
    private static readonly IngestionPipeline WithGlossary = new(new EditorialLibrary(TestData.ContentRoot));

    private static readonly ParsedArticle Seed = WithGlossary.Parse(File.ReadAllText(TestData.Seed), "seed");

    [Fact]
    public void A_relative_date_that_contradicts_the_dated_event_is_flagged()
    {
        var flag = Assert.Single(Seed.Flags, f => f.Kind == FlagKind.DateContradiction);

        Assert.Equal("April this year", flag.Text);
        Assert.Contains("2017-04", flag.Explanation, StringComparison.Ordinal);
        Assert.Equal("April 2 – 5, 2016", Assert.Single(flag.Related).Slice(Seed.Source));
    }

    [Fact]
    public void Figures_that_disagree_are_flagged_as_attributed_disagreement()
    {
        var flag = Assert.Single(Seed.Flags, f => f.Kind == FlagKind.FigureDisagreement);

        Assert.Equal("8 km2", flag.Text);
        Assert.Equal("20 km2", Assert.Single(flag.Related).Slice(Seed.Source));
        Assert.Equal("Attributed disagreement: the article gives 20 km2; according to the Armenian side, 8 km2.", flag.Explanation);
    }

    [Fact]
    public void Names_spelled_differently_from_the_glossary_are_flagged()
    {
        var spellings = Seed.Flags.Where(f => f.Kind == FlagKind.NameSpelling).Select(f => f.Text).ToList();

        Assert.Contains("Brenda Schaffer", spellings);
        Assert.Contains("Eurovision song context", spellings);
        Assert.DoesNotContain("Aliyev", spellings);
        Assert.DoesNotContain("EU", spellings);
    }

    [Fact]
    public void Every_flag_slices_the_source_and_has_a_distinct_key()
    {
        Assert.All(Seed.Flags, f => Assert.Equal(f.Text, f.Span.Slice(Seed.Source)));
        Assert.Equal(Seed.Flags.Count, Seed.Flags.Select(f => f.Key).Distinct().Count());
    }

    [Theory]
    [InlineData("water-diplomacy.txt")]
    [InlineData("chip-supply.txt")]
    public void A_consistent_article_has_no_flags(string file)
    {
        var article = WithGlossary.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", file)), "clean");

        Assert.Empty(article.Flags);
    }

    [Fact]
    public void Without_a_glossary_there_is_nothing_to_check_spellings_against()
    {
        var article = new IngestionPipeline().Parse(File.ReadAllText(TestData.Seed), "seed");

        Assert.DoesNotContain(article.Flags, f => f.Kind == FlagKind.NameSpelling);
        Assert.Contains(article.Flags, f => f.Kind == FlagKind.DateContradiction);
    }
}
