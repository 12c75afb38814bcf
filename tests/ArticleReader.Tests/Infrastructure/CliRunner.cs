using ArticleReader.Ingest;

namespace ArticleReader.Tests.Infrastructure;

public sealed record CliResult(int Exit, string Stdout, string Stderr);

/// <summary>Runs the command line in-process against a given database.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(string[] args, string connectionString, bool showProgress = false)
    {
        if (args is not ["ingest", .. var rest])
        {
            throw new ArgumentException("only the ingest command exists", nameof(args));
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await IngestCommand.RunAsync(rest, stdout, stderr, [new("ConnectionStrings:Default", connectionString)], showProgress);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
