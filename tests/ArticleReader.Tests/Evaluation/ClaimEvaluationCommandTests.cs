using System.Diagnostics;
using ArticleReader.Evaluation;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Evaluation;

public sealed class ClaimEvaluationCommandTests : IDisposable
{
    private const string Header = "Sentence_id\tText\tclass_label\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Clear_claims_and_clear_non_claims_score_the_yes_class()
    {
        var file = _temp.File("judged.tsv", Header + """
            1	Unemployment fell from 10 percent in 2009 to 4.7 percent in 2016.	Yes
            2	Thank you very much.	No
            3	In 1981 Congress passed the largest tax cut in history, worth $750 billion over five years.	Yes
            4	What do you think we should do?	No
            5	God bless you all.	No
            6	The state lost 300,000 manufacturing jobs between 2000 and 2010.	Yes
            """);

        var (exit, stdout, stderr) = Run("claims", file);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("Claims in judged.tsv (6 sentences", stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n  Yes\s+3\s+1\.000\s+1\.000\s+1\.000\n", stdout);
    }

    [Fact]
    public void A_row_the_splitter_cuts_in_two_is_a_claim_when_one_of_its_sentences_is()
    {
        var file = _temp.File("split.tsv", Header + """
            1	Thank you. The deficit grew by $400 billion in 2009 alone.	Yes
            2	Thank you so much, everyone.	No
            """);

        var (exit, stdout, _) = Run("claims", file);

        Assert.Equal(0, exit);
        Assert.Matches(@"\n  Yes\s+1\s+1\.000\s+1\.000\s+1\.000\n", stdout);
    }

    [Fact]
    public void A_malformed_row_is_reported_and_the_others_are_scored()
    {
        var file = _temp.File("broken.tsv", Header + "1\tThe deficit grew by $400 billion in 2009.\tYes\n2\tThank you.\tNo3\tGood night.\tNo\n");

        var (exit, stdout, stderr) = Run("claims", file);

        Assert.Equal(0, exit);
        Assert.Equal("evaluate claims: broken.tsv line 3: 5 fields instead of 3 (skipped)", stderr.Trim());
        Assert.Contains("(1 sentences", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "name one file")]
    [InlineData(new[] { "/nonexistent/dev.tsv" }, "no such file")]
    [InlineData(new[] { "a.tsv", "b.tsv" }, "name one file")]
    public void Bad_arguments_exit_2_with_one_line(string[] args, string reason)
    {
        var (exit, _, stderr) = Run(["claims", .. args]);

        Assert.Equal(2, exit);
        Assert.Contains(reason, Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("corrupt")]
    public async Task Without_a_usable_claim_model_the_command_line_exits_2_with_one_line_naming_the_file(string damage)
    {
        // A copy of the built app whose Models folder is its own: the app's assembly is copied (the host locates the
        // app folder from it), everything else is linked.
        var app = Path.Combine(_temp.Path, "app");
        Directory.CreateDirectory(Path.Combine(app, "Models"));
        foreach (var entry in new DirectoryInfo(AppContext.BaseDirectory).EnumerateFileSystemInfos().Where(e => e.Name != "Models"))
        {
            var target = Path.Combine(app, entry.Name);
            if (entry.Name.StartsWith("ArticleReader.", StringComparison.Ordinal) && entry is FileInfo file)
            {
                file.CopyTo(target);
            }
            else
            {
                File.CreateSymbolicLink(target, entry.FullName);
            }
        }

        // The entity model is whole, so what the command line reports is the claim model.
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Models", "ner.model"), Path.Combine(app, "Models", "ner.model"));
        var model = Path.Combine(app, "Models", "claims.model");
        if (damage == "corrupt")
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Models", "claims.model"));
            bytes[^40] ^= 0x01;
            await File.WriteAllBytesAsync(model, bytes);
        }

        var start = new ProcessStartInfo("dotnet", [Path.Combine(app, "ArticleReader.dll"), "ingest", RepositoryPaths.SeedArticle, "--dry-run"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(model, line, StringComparison.Ordinal);
        Assert.Contains(damage, line, StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = EvaluateCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), stderr.ToString());
    }
}
