using ArticleReader.Search;

namespace ArticleReader.Tests.Pages;

/// <summary>The search grammar: what a reader types, the tree it parses to, and the FTS5 expression compiled from it.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Baku", "\"baku\"")]
    [InlineData("Nagorno-Karabakh", "\"nagorno karabakh\"")]
    [InlineData("Baku's", "\"baku s\"")]
    [InlineData("Baku’s", "\"baku s\"")]
    [InlineData("Azerbaij*", "\"azerbaij\" *")]
    [InlineData("\"military cooperation\"", "\"military cooperation\"")]
    [InlineData("\"military coop\"*", "\"military coop\" *")]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"")]
    [InlineData("Israel drones", "(\"israel\" AND \"drones\")")]
    [InlineData("Israel AND drones", "(\"israel\" AND \"drones\")")]
    [InlineData("Israel drones OR missiles", "(\"israel\" AND (\"drones\" OR \"missiles\"))")]
    [InlineData("Israel NOT Iran", "(\"israel\" NOT \"iran\")")]
    [InlineData("AND", "\"and\"")]
    [InlineData("AND OR", "(\"and\" AND \"or\")")]
    [InlineData("OR Baku AND", "\"baku\"")]
    [InlineData("and or not", "(\"and\" AND \"or\" AND \"not\")")]
    [InlineData("title:Baku NEAR(x y)", "(\"title\" AND \"baku\" AND \"near\" AND \"x\" AND \"y\")")]
    [InlineData("Ba\"ku", "(\"ba\" AND \"ku\")")]
    public void Reader_text_compiles_to_quoted_fts5(string text, string expected) =>
        Assert.Equal(expected, Fts5Query.Compile(SearchQuery.Parse(text)));

    [Fact]
    public void The_tree_is_provider_neutral_words_phrases_and_operators()
    {
        var parsed = SearchQuery.Parse("Nagorno-Karabakh war* NOT \"cease fire\"");

        var all = Assert.IsType<AllNode>(parsed);
        Assert.Collection(
            all.Parts.Cast<PhraseNode>(),
            place =>
            {
                Assert.Equal(["nagorno", "karabakh"], place.Words);
                Assert.False(place.Prefix);
            },
            prefix =>
            {
                Assert.Equal(["war"], prefix.Words);
                Assert.True(prefix.Prefix);
            });
        var left = Assert.IsType<PhraseNode>(Assert.Single(all.Without));
        Assert.Equal(["cease", "fire"], left.Words);
    }

    [Theory]
    [InlineData("", "Type a word")]
    [InlineData("***", "Type a word")]
    [InlineData("((( )))", "Type a word")]
    [InlineData("NOT Iran", "NOT only works after a word")]
    public void Searches_with_nothing_to_look_for_are_refused_plainly(string text, string reason)
    {
        var problem = Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(text));
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_long_or_too_many_words_are_refused_with_the_limit()
    {
        Assert.Contains("200 characters", Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(new string('a', 201))).Message, StringComparison.Ordinal);
        Assert.Contains("32 words", Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(string.Join(' ', Enumerable.Repeat("w", 33)))).Message, StringComparison.Ordinal);
    }
}
