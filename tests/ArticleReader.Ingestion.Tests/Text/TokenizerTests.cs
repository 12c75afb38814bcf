using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Tests.Text;

/// <summary>The one tokenizer's word rules, where they split alike and where they differ (the models read these words).</summary>
public sealed class TokenizerTests
{
    [Theory]
    [InlineData(WordRule.Names, "The U.S. backed Tehran’s view of Nagorno-Karabakh.", "The|U.S.|backed|Tehran|view|of|Nagorno-Karabakh")]
    [InlineData(WordRule.Terms, "The U.S. backed Tehran’s view of Nagorno-Karabakh.", "The|U.S.|backed|Tehran|view|of|Nagorno-Karabakh")]
    [InlineData(WordRule.Cues, "The U.S. backed Tehran’s view of Nagorno-Karabakh.", "The|U|S|backed|Tehran’s|view|of|Nagorno-Karabakh")]
    [InlineData(WordRule.Names, "The NXT:2050i ends.Next one", "The|NXT:2050i|ends|Next|one")]
    [InlineData(WordRule.Terms, "The NXT:2050i ends.Next one", "The|NXT|2050i|ends|Next|one")]
    [InlineData(WordRule.Names, "X's Iran's, a state- and O'Neill", "X|Iran|a|state|and|O'Neill")]
    [InlineData(WordRule.Terms, "X's Iran's, a state- and O'Neill", "X's|Iran|a|state|and|O'Neill")]
    [InlineData(WordRule.Cues, "X's Iran's, a state- and O'Neill", "X's|Iran's|a|state-|and|O'Neill")]
    [InlineData(WordRule.Names, "“Quoted” (1,000) km²", "Quoted|1|000|km")]
    public void A_rule_splits_text_into_its_words(WordRule rule, string text, string words)
    {
        Assert.Equal(words.Split('|'), Tokenizer.Words(text, rule).Select(w => w.Slice(text)));
    }

    [Fact]
    public void The_words_of_a_sentence_are_numbered_and_the_first_opens_it()
    {
        const string Text = "Before. Baku’s F-16 flew. After";
        var sentence = new TextSpan(8, 25);

        var words = Tokenizer.Words(Text, sentence);

        Assert.Equal(["Baku", "F-16", "flew"], words.Select(w => w.Text(Text)));
        Assert.Equal([0, 1, 2], words.Select(w => w.Index));
        Assert.Equal([true, false, false], words.Select(w => w.SentenceStart));
    }

    [Fact]
    public void The_next_word_leaves_the_position_after_it_so_the_gap_can_be_read()
    {
        const string Text = "one, two";
        var position = 0;

        Assert.Equal(new TextSpan(0, 3), Tokenizer.NextWord(Text, ref position, Text.Length, WordRule.Terms));
        Assert.Equal(3, position);
        Assert.Equal(new TextSpan(5, 8), Tokenizer.NextWord(Text, ref position, Text.Length, WordRule.Terms));
        Assert.Null(Tokenizer.NextWord(Text, ref position, Text.Length, WordRule.Terms));
    }
}
