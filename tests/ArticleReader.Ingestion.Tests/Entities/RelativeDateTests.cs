using ArticleReader.Ingestion.Entities.Temporal;
using ArticleReader.Ingestion.Sentences;

namespace ArticleReader.Ingestion.Tests.Entities;

public sealed class RelativeDateTests
{
    private readonly TimeExpressionRecognizer _recognizer = new();

    [Fact]
    public void AYearLaterAfterApril2015Is2016CountedFromThatDate()
    {
        const string text = "April 2015 was marked by another visit. The statement could be considered as pure intent. But a year later the army struck.";

        var expressions = Recognize(text, published: null);

        var later = Assert.Single(expressions, e => e.Text == "a year later");
        Assert.Equal(new DateValue("2016", "2016", DatePrecision.Year, Anchor: DateAnchor.PrecedingDate, AnchorSpan: new TextSpan(0, 10)), later.Value);
        Assert.True(later.Value.IsRelative);
        Assert.Equal("April 2015", later.Value.AnchorSpan!.Value.Slice(text));
    }

    [Fact]
    public void ThisYearUnderTheSeedDatelineIs2017()
    {
        var published = SeedEntityTests.Seed.Header.Published;
        Assert.Equal(new DateTimeOffset(2017, 2, 2, 10, 14, 0, TimeSpan.FromHours(4)), published);

        var thisYear = Assert.Single(Recognize("Trade grew this year.", published));

        Assert.Equal(new DateValue("2017", "2017", DatePrecision.Year, Anchor: DateAnchor.Dateline), thisYear.Value);
    }

    [Fact]
    public void TheSeedResolvesItsYearLaterAndAprilThisYear()
    {
        var seed = SeedEntityTests.Seed;

        var expressions = _recognizer.Recognize(seed.Source, seed.Sentences.Select(s => s.Span).ToList(), seed.Header.Published);

        var yearLater = Assert.Single(expressions, e => e.Text == "year later");
        Assert.Equal("2016", yearLater.Value.Start);
        Assert.Equal("April 2015", yearLater.Value.AnchorSpan!.Value.Slice(seed.Source));

        // The article says "in April this year" of the April 2016 offensive; read as written it is April 2017.
        var aprilThisYear = Assert.Single(expressions, e => e.Text == "April this year");
        Assert.Equal(new DateValue("2017-04", "2017-04", DatePrecision.Month, Anchor: DateAnchor.Dateline), aprilThisYear.Value);
    }

    private IReadOnlyList<TimeExpression> Recognize(string text, DateTimeOffset? published) =>
        _recognizer.Recognize(text, new SentenceSplitter().Split(text, new TextSpan(0, text.Length)), published);
}
