using ArticleReader.Ingestion.Blocks;

namespace ArticleReader.Ingestion.Tests.Entities;

/// <summary>
/// A golden case file: <c>#</c> comment lines saying what it covers, an optional <c>@dateline</c> line giving the
/// publication time the way an article's dateline does, the input text (several lines are joined with <c>\n</c>), a
/// line <c>---</c>, and the expected expressions in <see cref="EntityFormat"/>, one a line.
/// </summary>
internal sealed record EntityCase(string Input, DateTimeOffset? Published, string[] Expected)
{
    private const string Separator = "---";
    private const string DatelineDirective = "@dateline ";

    public static TheoryData<string> Names(string directory)
    {
        var names = Directory.EnumerateFiles(directory, "*.txt")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return new TheoryData<string>(names);
    }

    public static EntityCase Read(string path)
    {
        var lines = GoldenText.ReadLines(path);
        var separator = Array.IndexOf(lines, Separator);
        Assert.True(separator > 0, $"{path} has no '{Separator}' line after its input");

        var header = lines[..separator].TakeWhile(line => line.StartsWith('#') || line.StartsWith('@')).ToList();
        var dateline = header.FirstOrDefault(line => line.StartsWith(DatelineDirective, StringComparison.Ordinal));
        var published = dateline is null ? null : DatelineParser.Parse(dateline[DatelineDirective.Length..]);
        Assert.True(dateline is null || published is not null, $"{path}: '{dateline}' is no dateline");

        var input = lines[header.Count..separator].Select(GoldenText.Unescape);
        var expected = lines[(separator + 1)..].Where(line => line.Length > 0);
        return new EntityCase(string.Join('\n', input), published, expected.ToArray());
    }
}
