using ArticleReader.Ingestion.Sections;

namespace ArticleReader.Ingestion.Tests.Sections;

public sealed class LexiconTests
{
    [Theory]
    [InlineData("Iranian", "Iran")]
    [InlineData("Russian", "Russia")]
    [InlineData("Azerbaijani", "Azerbaijan")]
    [InlineData("Israeli", "Israel")]
    [InlineData("states", "state")]
    [InlineData("countries", "country")]
    [InlineData("relations", "relation")]
    [InlineData("pragmatism", "pragmatic")]
    [InlineData("Jewish", "Jews")]
    public void Related_forms_share_a_stem(string one, string other)
    {
        Assert.Equal(Lexicon.TermOf(one), Lexicon.TermOf(other));
    }

    [Theory]
    [InlineData("the")]
    [InlineData("However")]
    [InlineData("2016")]
    [InlineData("a")]
    public void Function_words_and_numbers_are_no_terms(string word)
    {
        Assert.Null(Lexicon.TermOf(word));
    }

    [Fact]
    public void Words_keep_hyphens_and_dotted_abbreviations_and_drop_possessives()
    {
        var words = Lexicon.Words("The U.S. backed Tehran’s view of Nagorno-Karabakh. Then it changed");

        Assert.Equal(["The", "U.S.", "backed", "Tehran", "view", "of", "Nagorno-Karabakh", "Then", "it", "changed"], words.Select(w => w.Surface));
        Assert.Equal([true, false, false, false, false, false, false, true, false, false], words.Select(w => w.SentenceInitial));
    }

    [Fact]
    public void Punctuation_between_words_breaks_a_phrase()
    {
        var words = Lexicon.Words("Russia, Turkey and the “West”");

        Assert.Equal([false, false, true, true, true], words.Select(w => w.Adjacent));
    }
}
