using ArticleReader.Ingestion.Entities.Temporal;
using ArticleReader.Ingestion.Sentences;

namespace ArticleReader.Ingestion.Tests.Entities;

/// <summary>Runs the cases in <c>Golden/Temporal/*.txt</c> (see <see cref="EntityCase"/>).</summary>
public sealed class TemporalGoldenCaseTests
{
    private static readonly string CaseDirectory = Path.Combine(AppContext.BaseDirectory, "Golden", "Temporal");

    private readonly TimeExpressionRecognizer _recognizer = new();

    public static TheoryData<string> Cases() => EntityCase.Names(CaseDirectory);

    [Theory]
    [MemberData(nameof(Cases))]
    public void RecognizesAsTheCaseExpects(string caseName)
    {
        var test = EntityCase.Read(Path.Combine(CaseDirectory, caseName));
        var sentences = new SentenceSplitter().Split(test.Input, new TextSpan(0, test.Input.Length));

        var expressions = _recognizer.Recognize(test.Input, sentences, test.Published);

        Assert.Equal(test.Expected, expressions.Select(e => EntityFormat.Describe(test.Input, e)));
    }

    [Fact]
    public void ThereAreEnoughCases() => Assert.True(Cases().Count >= 25);
}
