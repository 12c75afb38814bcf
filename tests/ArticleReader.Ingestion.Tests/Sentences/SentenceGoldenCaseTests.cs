using ArticleReader.Ingestion.Sentences;

namespace ArticleReader.Ingestion.Tests.Sentences;

/// <summary>
/// Runs the cases in <c>Golden/Sentences/*.txt</c>. A case file opens with <c>#</c> comment lines saying what it
/// covers, then the input paragraph (several lines are joined with <c>\n</c>, as in hard-wrapped text), a line
/// <c>---</c>, and the expected sentences, one a line. Both sides use the escapes of <see cref="GoldenText"/>.
/// </summary>
public sealed class SentenceGoldenCaseTests
{
    private const string Separator = "---";

    private static readonly string CaseDirectory = Path.Combine(AppContext.BaseDirectory, "Golden", "Sentences");

    private readonly SentenceSplitter _splitter = new();

    public static TheoryData<string> Cases()
    {
        var names = Directory.EnumerateFiles(CaseDirectory, "*.txt")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return new TheoryData<string>(names);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitsAsTheCaseExpects(string caseName)
    {
        var (input, expected) = ReadCase(Path.Combine(CaseDirectory, caseName));
        var paragraph = new TextSpan(0, input.Length);

        var sentences = _splitter.Split(input, paragraph);

        SentenceAssert.WellFormed(input, paragraph, sentences);
        Assert.Equal(expected, sentences.Select(s => s.Slice(input)));
    }

    [Fact]
    public void ThereAreEnoughCases() => Assert.True(Cases().Count >= 25);

    private static (string Input, string[] Expected) ReadCase(string path)
    {
        var lines = GoldenText.ReadLines(path);
        var separator = Array.IndexOf(lines, Separator);
        Assert.True(separator > 0, $"{path} has no '{Separator}' line after its input");

        var input = lines[..separator].SkipWhile(line => line.StartsWith('#')).Select(GoldenText.Unescape);
        var expected = lines[(separator + 1)..].Where(line => line.Length > 0).Select(GoldenText.Unescape);
        return (string.Join('\n', input), expected.ToArray());
    }
}
