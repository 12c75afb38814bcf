using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Tests.Text;

/// <summary>The one check of a range of source offsets, with its one set of reasons, as the source view and notes use it.</summary>
public sealed class SourceRangeTests
{
    private const string Digits = "0123456789";

    // A surrogate pair at 1–2 and white space at 4–6.
    private const string Mixed = "a😀b  \nc";

    [Theory]
    [InlineData("0,10", 0, 10)]
    [InlineData("3,4", 3, 4)]
    [InlineData("007,9", 7, 9)]
    public void A_range_inside_the_text_is_read(string value, int start, int end)
    {
        Assert.True(SourceRange.TryParse(value, Digits, out var range, out var problem), problem);
        Assert.Equal(new SourceRange(start, end), range);
    }

    [Theory]
    [InlineData("4,2", "The range 4,2 is empty or reversed: its end must come after its start.")]
    [InlineData("4,4", "The range 4,4 is empty or reversed: its end must come after its start.")]
    [InlineData("0,11", "The range 0,11 is not inside the text, which is 10 characters long.")]
    [InlineData("11,12", "The range 11,12 is not inside the text, which is 10 characters long.")]
    [InlineData("99999999999999999999,1", "The range 99999999999999999999,1 is not inside the text, which is 10 characters long.")]
    [InlineData("1", "“1” is not a range: write char=START,END with two whole numbers, for example char=0,100.")]
    [InlineData("1,", "“1,” is not a range: write char=START,END with two whole numbers, for example char=0,100.")]
    [InlineData(",1", "“,1” is not a range: write char=START,END with two whole numbers, for example char=0,100.")]
    [InlineData("+1,2", "“+1,2” is not a range: write char=START,END with two whole numbers, for example char=0,100.")]
    [InlineData("1 ,2", "“1 ,2” is not a range: write char=START,END with two whole numbers, for example char=0,100.")]
    [InlineData("1,2,3", "“1,2,3” is not a range: write char=START,END with two whole numbers, for example char=0,100.")]
    [InlineData("1;2", "“1;2” is not a range: write char=START,END with two whole numbers, for example char=0,100.")]
    [InlineData("x,y", "“x,y” is not a range: write char=START,END with two whole numbers, for example char=0,100.")]
    [InlineData("١,٢", "“١,٢” is not a range: write char=START,END with two whole numbers, for example char=0,100.")]
    public void A_written_range_that_is_no_passage_is_refused_with_its_reason(string value, string reason)
    {
        Assert.False(SourceRange.TryParse(value, Digits, out var range, out var problem));
        Assert.Equal(reason, problem);
        Assert.Equal(default, range);
    }

    [Fact]
    public void A_long_value_is_shortened_in_the_reason()
    {
        Assert.False(SourceRange.TryParse(new string('x', 500), Digits, out _, out var problem));
        Assert.Equal($"“{new string('x', 40)}…” is not a range: write char=START,END with two whole numbers, for example char=0,100.", problem);
    }

    [Theory]
    [InlineData(0, 8, false, null)]
    [InlineData(1, 3, false, null)]
    [InlineData(4, 6, false, null)]
    [InlineData(3, 7, true, null)]
    [InlineData(-1, 3, false, "The range -1,3 is not inside the text, which is 8 characters long.")]
    [InlineData(0, 9, false, "The range 0,9 is not inside the text, which is 8 characters long.")]
    [InlineData(5, 2, false, "The range 5,2 is empty or reversed: its end must come after its start.")]
    [InlineData(8, 8, false, "The range 8,8 is empty or reversed: its end must come after its start.")]
    [InlineData(2, 4, false, "The range 2,4 splits a character in two (a surrogate pair).")]
    [InlineData(0, 2, true, "The range 0,2 splits a character in two (a surrogate pair).")]
    [InlineData(4, 7, true, "The range 4,7 holds only white space.")]
    public void An_offset_range_is_checked_against_the_text(int start, int end, bool mustHoldText, string? reason)
    {
        Assert.Equal(reason, SourceRange.Check(Mixed, start, end, mustHoldText));
    }

    [Fact]
    public void A_written_range_may_not_cut_a_surrogate_pair_in_two()
    {
        Assert.False(SourceRange.TryParse("1,2", Mixed, out _, out var problem));
        Assert.Equal("The range 1,2 splits a character in two (a surrogate pair).", problem);
        Assert.True(SourceRange.TryParse("1,3", Mixed, out _, out _));
    }
}
