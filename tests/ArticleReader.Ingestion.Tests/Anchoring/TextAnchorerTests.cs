using ArticleReader.Ingestion.Anchoring;

namespace ArticleReader.Ingestion.Tests.Anchoring;

public sealed class TextAnchorerTests
{
    private const string Twice = "Alpha said the plan works. Beta said the plan fails.";

    private readonly TextAnchorer _anchorer = new();

    [Fact]
    public void CreateKeepsThirtyTwoCodeUnitsOfContextWithinTheSource()
    {
        var source = new string('a', 40) + "QUOTE" + new string('z', 10);

        var anchor = TextAnchor.Create(source, new TextSpan(40, 45));

        Assert.Equal(new TextQuoteSelector("QUOTE", new string('a', 32), new string('z', 10)), anchor.Quote);
        Assert.Equal(new TextPositionSelector(40, 45), anchor.Position);
    }

    [Fact]
    public void CreateDoesNotCutASurrogatePairOutOfTheContext()
    {
        // 😀 is two code units; the 32 before the quote would begin with the second of them.
        var source = "😀" + new string('a', 31) + "QUOTE" + new string('z', 31) + "😀";

        var anchor = TextAnchor.Create(source, new TextSpan(33, 38));

        Assert.Equal(new string('a', 31), anchor.Quote.Prefix);
        Assert.Equal(new string('z', 31), anchor.Quote.Suffix);
    }

    [Fact]
    public void CreateRefusesASpanOutsideTheSource() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TextAnchor.Create("short", new TextSpan(2, 9)));

    [Fact]
    public void UnchangedTextKeepsTheNoteInPlaceWithAPerfectScore()
    {
        var anchor = TextAnchor.Create(Twice, new TextSpan(37, 45));

        var result = _anchorer.Reanchor(Twice, anchor);

        Assert.Equal(new AnchorResult(AnchorMatch.ExactAtPosition, new TextSpan(37, 45), 1), result);
    }

    [Fact]
    public void OfSeveralNearbyOccurrencesTheContextDecidesOverNearness()
    {
        var second = Twice.LastIndexOf("the plan", StringComparison.Ordinal);
        var first = Twice.IndexOf("the plan", StringComparison.Ordinal);
        var anchor = TextAnchor.Create(Twice, new TextSpan(second, second + 8));

        // Shifted so that the first occurrence ends up 3 code units from the note's old offset, and the second much farther.
        var shift = second - first - 3;
        var changed = new string('-', shift) + Twice;
        var result = _anchorer.Reanchor(changed, anchor);

        Assert.Equal(AnchorMatch.ExactNearby, result.Match);
        Assert.Equal(new TextSpan(second + shift, second + shift + 8), result.Span);
    }

    [Fact]
    public void ElsewhereTheNearestOccurrenceWinsAndContextBreaksATie()
    {
        // Two occurrences equally far, 10 code units either side of the old offset; only the second has the old context.
        var source = new string('.', 20) + "Beta said the plan fails.";
        var anchor = TextAnchor.Create(source, new TextSpan(30, 38));
        var changed = "Alpha said it twice:" + "the plan, " + "Beta said the plan fails.";
        var options = new AnchoringOptions { NearbyDistance = 0 };
        var firstAt = changed.IndexOf("the plan", StringComparison.Ordinal);
        var secondAt = changed.LastIndexOf("the plan", StringComparison.Ordinal);
        Assert.Equal(30 - firstAt, secondAt - 30);

        var result = _anchorer.Reanchor(changed, anchor, options);

        Assert.Equal(new AnchorResult(AnchorMatch.ExactElsewhere, new TextSpan(secondAt, secondAt + 8), result.Score), result);
    }

    [Fact]
    public void ElsewhereNearnessComesBeforeContext()
    {
        var anchor = TextAnchor.Create(Twice, new TextSpan(37, 45));
        var changed = "the plan" + new string(' ', 60) + "Beta said the plan fails.";

        var result = _anchorer.Reanchor(changed, anchor, new AnchoringOptions { NearbyDistance = 10 });

        Assert.Equal(AnchorMatch.ExactElsewhere, result.Match);
        Assert.Equal(new TextSpan(0, 8), result.Span);
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(9, 12)]
    public void AnEmptyOrBlankQuoteIsOrphaned(int start, int end)
    {
        var source = "Some text   with a gap.";
        var anchor = TextAnchor.Create(source, new TextSpan(start, end));

        var result = _anchorer.Reanchor(source, anchor);

        Assert.Equal(new AnchorResult(AnchorMatch.Orphaned, null, 0), result);
    }

    [Fact]
    public void AQuoteLongerThanAnUnrelatedNewTextIsOrphaned()
    {
        var source = "The committee approved the budget for the coming year after a long debate.";
        var anchor = TextAnchor.Create(source, new TextSpan(0, source.Length));

        var result = _anchorer.Reanchor("Weather: sunny.", anchor);

        Assert.Equal(AnchorMatch.Orphaned, result.Match);
        Assert.Null(result.Span);
    }

    [Fact]
    public void AQuoteLongerThanATruncatedNewTextMatchesAllOfIt()
    {
        var source = "The committee approved the budget for the coming year after a long debate.";
        var anchor = TextAnchor.Create(source, new TextSpan(0, source.Length));
        var truncated = source[..60];

        var result = _anchorer.Reanchor(truncated, anchor);

        Assert.Equal(AnchorMatch.Approximate, result.Match);
        Assert.Equal(new TextSpan(0, 60), result.Span);
    }

    [Fact]
    public void AnOldPositionBeyondTheNewTextFindsTheQuoteByContent()
    {
        var source = new string('x', 3000) + Twice;
        var anchor = TextAnchor.Create(source, new TextSpan(3037, 3045));

        var nearby = _anchorer.Reanchor(Twice, anchor, new AnchoringOptions { NearbyDistance = 5000 });
        var elsewhere = _anchorer.Reanchor(Twice, anchor);

        Assert.Equal(AnchorMatch.ExactNearby, nearby.Match);
        Assert.Equal(new TextSpan(37, 45), nearby.Span);
        Assert.Equal(AnchorMatch.ExactElsewhere, elsewhere.Match);
        Assert.Equal(new TextSpan(37, 45), elsewhere.Span);
    }

    [Fact]
    public void AnOldPositionBeyondTheNewTextWithTheQuoteGoneIsOrphaned()
    {
        var source = new string('x', 3000) + Twice;
        var anchor = TextAnchor.Create(source, new TextSpan(3027, 3052));

        var result = _anchorer.Reanchor("Nothing like it here.", anchor);

        Assert.Equal(AnchorMatch.Orphaned, result.Match);
    }

    [Fact]
    public void ARewordedSentenceIsFoundApproximately()
    {
        const string Before = "Rouhani visited Baku. It was the first official visit of an Iranian leader in Azerbaijan since four years. And the atmosphere was warm.";
        const string After = "Rouhani visited Baku. It was the first official visit by an Iranian president to Azerbaijan in four years. And the atmosphere was warm.";
        var anchor = TextAnchor.Create(Before, new TextSpan(22, 106));

        var result = _anchorer.Reanchor(After, anchor);

        Assert.Equal(AnchorMatch.Approximate, result.Match);
        Assert.Equal("It was the first official visit by an Iranian president to Azerbaijan in four years.", result.Span!.Value.Slice(After));
        Assert.InRange(result.Score, 0.8, 1);
    }

    [Fact]
    public void AnUnrelatedPassageScoresBelowTheMinimumAndIsOrphaned()
    {
        var anchor = TextAnchor.Create(Twice, new TextSpan(0, 26));

        var result = _anchorer.Reanchor("Gamma wrote that the idea worked well. Delta said it did not.", anchor);

        Assert.Equal(AnchorMatch.Orphaned, result.Match);
        Assert.InRange(result.Score, 0, AnchoringOptions.Default.MinimumScore);
    }

    [Fact]
    public void ApproximateMatchingWorksOnAnyCodeUnits()
    {
        const string Before = "Вступление. Кофе ☕ готов 😀 для всех гостей. Конец.";
        const string After = "Вступление. Кофе ☕ почти готов 😁 для всех гостей! Конец.";
        var start = Before.IndexOf("Кофе", StringComparison.Ordinal);
        var end = Before.IndexOf(" Конец", StringComparison.Ordinal);
        var anchor = TextAnchor.Create(Before, new TextSpan(start, end));

        var result = _anchorer.Reanchor(After, anchor);

        Assert.Equal(AnchorMatch.Approximate, result.Match);
        Assert.Equal("Кофе ☕ почти готов 😁 для всех гостей!", result.Span!.Value.Slice(After));
    }

    [Fact]
    public void NoSpanOrContextSplitsASurrogatePair()
    {
        // Texts dense with two-unit characters, edited at random: an approximate match's edges can fall between the
        // two halves of a pair, and must be widened to whole characters.
        string[] pieces = ["😀", "😁", "𝄞", "a", "b", "c", " ", "é"];
        var random = new Random(5);
        for (var round = 0; round < 2000; round++)
        {
            var source = string.Concat(Enumerable.Range(0, random.Next(10, 80)).Select(_ => pieces[random.Next(pieces.Length)]));
            var a = RandomBoundary(random, source);
            var b = RandomBoundary(random, source);
            var anchor = TextAnchor.Create(source, new TextSpan(Math.Min(a, b), Math.Max(a, b)));
            var changed = source;
            for (var edit = random.Next(1, 6); edit > 0; edit--)
            {
                var at = RandomBoundary(random, changed);
                changed = random.Next(2) == 0 || at == changed.Length
                    ? changed.Insert(at, pieces[random.Next(pieces.Length)])
                    : changed.Remove(at, char.IsHighSurrogate(changed[at]) ? 2 : 1);
            }

            var result = _anchorer.Reanchor(changed, anchor);

            Assert.False(char.IsLowSurrogate(anchor.Quote.Prefix.FirstOrDefault()));
            Assert.False(char.IsHighSurrogate(anchor.Quote.Suffix.LastOrDefault()));
            Assert.Equal(result.Match == AnchorMatch.Orphaned, result.Span is null);
            if (result.Span is { } span)
            {
                Assert.False(SplitsPair(changed, span.Start), $"{round}: {span} starts inside a pair");
                Assert.False(SplitsPair(changed, span.End), $"{round}: {span} ends inside a pair");
            }
        }
    }

    [Fact]
    public void InvalidOptionsAreRefused()
    {
        var anchor = TextAnchor.Create(Twice, new TextSpan(0, 5));

        Assert.Throws<ArgumentException>(() => _anchorer.Reanchor(Twice, anchor, new AnchoringOptions { PrefixWeight = -1 }));
        Assert.Throws<ArgumentException>(() => _anchorer.Reanchor(Twice, anchor, new AnchoringOptions { QuoteWeight = 0, PrefixWeight = 0, SuffixWeight = 0, PositionWeight = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => _anchorer.Reanchor(Twice, anchor, new AnchoringOptions { MaxErrorRate = 1 }));
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    private static int RandomBoundary(Random random, string text)
    {
        var at = random.Next(text.Length + 1);
        return SplitsPair(text, at) ? at - 1 : at;
    }
}
