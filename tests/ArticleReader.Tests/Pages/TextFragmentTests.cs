using ArticleReader.Pages.Articles;

namespace ArticleReader.Tests.Pages;

public sealed class TextFragmentTests
{
    [Fact]
    public void A_short_passage_is_quoted_whole()
    {
        Assert.Equal("text=Hassan%20Rouhani%20visited%20Baku.", TextFragment.Directive("Hassan  Rouhani visited\nBaku."));
    }

    [Fact]
    public void A_long_passage_is_given_by_its_first_and_last_words()
    {
        const string claim = "In the last decade Israel officially sold to Baku broad variety of weapons or rocket artillery systems.";

        Assert.Equal("text=In%20the%20last%20decade,or%20rocket%20artillery%20systems.", TextFragment.Directive(claim));
    }

    [Fact]
    public void Characters_with_a_meaning_in_directives_are_escaped()
    {
        Assert.Equal("Russo%20%E2%80%93%20Iranian%2C%20kamikaze%2Ddrones%20%26%20%E2%80%9Cmore%E2%80%9D", TextFragment.Encode("Russo – Iranian, kamikaze-drones & “more”"));
    }

    [Fact]
    public void The_claim_link_puts_the_directive_after_the_element_fragment()
    {
        Assert.Equal("/articles/a-b#claim-k2:~:text=Iran%20sold%20tanks.", ArticleLinks.ClaimInArticleWithText("a-b", "k2", "Iran sold tanks."));
    }
}
