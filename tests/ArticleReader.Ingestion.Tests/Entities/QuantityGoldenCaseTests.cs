using ArticleReader.Ingestion.Entities.Quantities;

namespace ArticleReader.Ingestion.Tests.Entities;

/// <summary>Runs the cases in <c>Golden/Quantities/*.txt</c> (see <see cref="EntityCase"/>).</summary>
public sealed class QuantityGoldenCaseTests
{
    private static readonly string CaseDirectory = Path.Combine(AppContext.BaseDirectory, "Golden", "Quantities");

    private readonly QuantityRecognizer _recognizer = new();

    public static TheoryData<string> Cases() => EntityCase.Names(CaseDirectory);

    [Theory]
    [MemberData(nameof(Cases))]
    public void RecognizesAsTheCaseExpects(string caseName)
    {
        var test = EntityCase.Read(Path.Combine(CaseDirectory, caseName));

        var quantities = _recognizer.Recognize(test.Input, new TextSpan(0, test.Input.Length));

        Assert.Equal(test.Expected, quantities.Select(EntityFormat.Describe));
    }

    [Fact]
    public void ThereAreEnoughCases() => Assert.True(Cases().Count >= 20);
}
