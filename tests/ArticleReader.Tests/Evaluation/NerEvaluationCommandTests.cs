using ArticleReader.Evaluation;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Evaluation;

/// <summary><c>evaluate ner</c> on small CoNLL files written here: the real ingestion path, scored as conlleval scores.</summary>
public sealed class NerEvaluationCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Names_the_tagger_finds_score_one_and_a_name_it_cannot_know_is_a_miss()
    {
        // The last sentence's gold marks "yesterday" as MISC: no recognizer finds it, so MISC has one miss and no hit.
        var file = _temp.File("small.conll", """
            -DOCSTART- -X- -X- O

            Angela B-PER
            Merkel I-PER
            visited O
            Paris B-LOC
            with O
            officials O
            of O
            the O
            European B-ORG
            Commission I-ORG
            . O

            Merkel B-PER
            left O
            yesterday B-MISC
            . O

            """);

        var (exit, stdout, stderr) = Run(file);

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("PER          P 1.0000  R 1.0000  F1 1.0000  (gold 2, found 2)", Line(lines, "PER"), StringComparison.Ordinal);
        Assert.StartsWith("LOC          P 1.0000  R 1.0000", Line(lines, "LOC"), StringComparison.Ordinal);
        Assert.StartsWith("ORG          P 1.0000  R 1.0000", Line(lines, "ORG"), StringComparison.Ordinal);
        Assert.Contains("R 0.0000", Line(lines, "MISC"), StringComparison.Ordinal);
        Assert.StartsWith("micro        P 1.0000  R 0.8000  F1 0.8889  (gold 5, found 4)", Line(lines, "micro"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_without_a_tag_exits_2_with_one_line_naming_the_place()
    {
        var file = _temp.File("bad.conll", "-DOCSTART- -X- -X- O\n\nAngela\n");

        var (exit, stdout, stderr) = Run(file);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("bad.conll:3", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var (exit, _, stderr) = Run(Path.Combine(_temp.Path, "missing.conll"));

        Assert.Equal(2, exit);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Line(string[] lines, string type) => lines.Single(l => l.StartsWith(type + " ", StringComparison.Ordinal));

    private static (int Exit, string Stdout, string Stderr) Run(string file)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = EvaluateCommand.Run(["ner", file], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
