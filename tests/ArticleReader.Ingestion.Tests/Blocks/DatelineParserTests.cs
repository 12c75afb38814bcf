using System.Globalization;
using ArticleReader.Ingestion.Blocks;

namespace ArticleReader.Ingestion.Tests.Blocks;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("2 February 2017 10:14 (UTC+04:00)", "2017-02-02T10:14:00+04:00")]
    [InlineData("2 February 2017 10:14 (UTC\u221204:30)", "2017-02-02T10:14:00-04:30")]
    [InlineData("February 2, 2017", "2017-02-02T00:00:00+00:00")]
    [InlineData("Feb. 2, 2017, 3:05 pm GMT-5", "2017-02-02T15:05:00-05:00")]
    [InlineData("Thursday, 2 Feb 2017 10:14 UTC", "2017-02-02T10:14:00+00:00")]
    [InlineData("12 December 2016 12:00 am", "2016-12-12T00:00:00+00:00")]
    public void Reads_the_moment_and_its_offset(string line, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), DatelineParser.Parse(line));

    [Theory]
    [InlineData("31 February 2017")]
    [InlineData("2 Febtober 2017")]
    [InlineData("2 February 2017 25:14")]
    [InlineData("By Trend")]
    [InlineData("In 2 February 2017 the minister said")]
    public void Rejects_what_is_not_a_dateline(string line) => Assert.Null(DatelineParser.Parse(line));
}
