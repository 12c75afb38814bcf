using ArticleReader.Pages.Articles;

namespace ArticleReader.Tests.Pages;

public sealed class SourceRangeTests
{
    private const string Text = "0123456789";

    [Theory]
    [InlineData("0,10", 0, 10)]
    [InlineData("3,4", 3, 4)]
    [InlineData("007,9", 7, 9)]
    public void A_range_inside_the_text_is_read(string value, int start, int end)
    {
        Assert.True(SourceRange.TryParse(value, Text, out var range, out var problem), problem);
        Assert.Equal(new SourceRange(start, end), range);
    }

    [Theory]
    [InlineData("4,2", "is reversed")]
    [InlineData("4,4", "is empty")]
    [InlineData("0,11", "goes past the end of the text, which is 10 characters long")]
    [InlineData("11,12", "goes past the end")]
    [InlineData("99999999999999999999,1", "goes past the end")]
    [InlineData("1", "is not a range")]
    [InlineData("1,", "is not a range")]
    [InlineData(",1", "is not a range")]
    [InlineData("+1,2", "is not a range")]
    [InlineData("1 ,2", "is not a range")]
    [InlineData("1,2,3", "is not a range")]
    [InlineData("1;2", "is not a range")]
    [InlineData("x,y", "is not a range")]
    [InlineData("١,٢", "is not a range")]
    public void A_bad_range_is_refused_with_a_reason(string value, string reason)
    {
        Assert.False(SourceRange.TryParse(value, Text, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_may_not_cut_a_surrogate_pair_in_two()
    {
        const string text = "a😀b";

        Assert.False(SourceRange.TryParse("1,2", text, out _, out var problem));
        Assert.Contains("cuts a character in two", problem, StringComparison.Ordinal);
        Assert.True(SourceRange.TryParse("1,3", text, out _, out _));
    }

    [Fact]
    public void A_long_value_is_shortened_in_the_reason()
    {
        Assert.False(SourceRange.TryParse(new string('x', 500), Text, out _, out var problem));
        Assert.True(problem.Length < 200, problem);
    }
}
