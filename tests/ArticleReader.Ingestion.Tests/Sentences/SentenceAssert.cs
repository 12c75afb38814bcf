
namespace ArticleReader.Ingestion.Tests.Sentences;

internal static class SentenceAssert
{
    /// <summary>The sentences are in order, non-overlapping, trimmed, and leave only white space of the paragraph uncovered.</summary>
    public static void WellFormed(string source, TextSpan paragraph, IReadOnlyList<TextSpan> sentences)
    {
        var covered = paragraph.Start;
        foreach (var sentence in sentences)
        {
            Assert.True(paragraph.Contains(sentence), $"{sentence} lies outside the paragraph {paragraph}");
            Assert.False(sentence.IsEmpty, $"{sentence} is empty");
            Assert.Equal(sentence, sentence.Trim(source));
            Assert.True(covered <= sentence.Start, $"{sentence} overlaps or precedes the previous sentence ending at {covered}");
            AssertWhiteSpace(source, new TextSpan(covered, sentence.Start));
            covered = sentence.End;
        }

        AssertWhiteSpace(source, new TextSpan(covered, paragraph.End));
    }

    private static void AssertWhiteSpace(string source, TextSpan gap) =>
        Assert.True(string.IsNullOrWhiteSpace(gap.Slice(source)), $"text lost between sentences at {gap}: '{gap.Slice(source)}'");
}
