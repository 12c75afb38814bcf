using System.Diagnostics;
using ArticleReader.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Tests.Reliability;

/// <summary>
/// kill -9 of the command line in the middle of an ingest: the database passes SQLite's integrity check, holds no
/// partial revision, and the same ingest then succeeds. Each run is bounded by a timeout.
/// </summary>
public sealed class IngestKillTests : IDisposable
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(120);
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task Killed_at_three_points_the_database_is_intact_with_no_partial_revision_and_a_rerun_ingests()
    {
        var database = Path.Combine(_temp.Path, "reader.db");
        var article = Path.Combine(_temp.Path, "long.txt");
        // The seed five times over: long enough that the kills land while it is parsed, encoded or stored.
        var seed = await File.ReadAllTextAsync(RepositoryPaths.SeedArticle);
        await File.WriteAllTextAsync(article, seed + string.Concat(Enumerable.Range(2, 4).Select(i => $"\n\nPart {i}.\n\n" + seed[(seed.IndexOf("\n\n", StringComparison.Ordinal) + 2)..])));

        foreach (var after in new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8) })
        {
            using var ingest = Start(database, article);
            var exited = ingest.WaitForExit(after);
            if (!exited)
            {
                ingest.Kill();
                await ingest.WaitForExitAsync();
            }

            AssertIntact(database, completed: exited);
        }

        using var rerun = Start(database, article);
        if (!rerun.WaitForExit(RunLimit))
        {
            // Not left running beside the rest of the suite; what it last said shows where it stood.
            rerun.Kill(entireProcessTree: true);
            Assert.Fail($"the re-ingest did not finish within {RunLimit.TotalSeconds:F0} s; its last output:\n" + string.Join('\n', Output.TakeLast(20)));
        }

        Assert.Equal(0, rerun.ExitCode);
        AssertIntact(database, completed: true);
        Assert.Equal(1L, SqliteFile.Scalar(database, "SELECT COUNT(*) FROM Articles"));
    }

    /// <summary>What the runs wrote (standard output and error), shown when a run does not finish.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> Output = new();

    private static Process Start(string database, string article)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ArticleReader.dll"), "ingest", article, "--slug", "long-article"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Default"] = $"Data Source={database}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        var process = Process.Start(start)!;
        // Drained, so that a full pipe (logs, progress) never blocks the child and passes for a slow ingest.
        process.ErrorDataReceived += (_, e) => Output.Enqueue($"{DateTime.UtcNow:HH:mm:ss} stderr: {e.Data}");
        process.OutputDataReceived += (_, e) => Output.Enqueue($"{DateTime.UtcNow:HH:mm:ss} {e.Data}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Integrity ok; every stored revision is whole (sections, paragraphs and sentences present).</summary>
    private static void AssertIntact(string database, bool completed)
    {
        if (!File.Exists(database))
        {
            Assert.False(completed);
            return;
        }

        Assert.Equal("ok", SqliteFile.Scalar(database, "PRAGMA integrity_check"));
        if (SqliteFile.Scalar(database, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'Articles'") is 0L)
        {
            return;
        }

        Assert.Equal(0L, SqliteFile.Scalar(database, """
            SELECT COUNT(*) FROM Articles a
            WHERE NOT EXISTS (SELECT 1 FROM Sections s WHERE s.ArticleId = a.Id)
               OR EXISTS (SELECT 1 FROM Sections s WHERE s.ArticleId = a.Id AND NOT EXISTS (SELECT 1 FROM Paragraphs p WHERE p.SectionId = s.Id))
            """));
        if (completed)
        {
            Assert.Equal(1L, SqliteFile.Scalar(database, "SELECT COUNT(*) FROM Articles WHERE Slug = 'long-article'"));
        }
    }
}
