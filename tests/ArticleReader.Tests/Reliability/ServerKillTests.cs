using System.Collections.Concurrent;
using System.Diagnostics;
using ArticleReader.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Tests.Reliability;

/// <summary>
/// kill -9 of the server while readers write notes through the forms: after a restart every note the server
/// acknowledged (answered with its redirect) is in the database, which passes SQLite's integrity check.
/// </summary>
public sealed class ServerKillTests : IDisposable
{
    private const int Writers = 8;
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task Every_acknowledged_note_is_present_after_the_server_is_killed_under_concurrent_writes_and_restarted()
    {
        var port = AppProcesses.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var database = Path.Combine(_temp.Path, "reader.db");
        using (var server = Start(port, database))
        {
            // Whatever fails, no server is left running.
            try
            {
                await AppProcesses.WaitUntilUpAsync(baseAddress, server);

                var readers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => AppProcesses.SignUpAsync(baseAddress, Path.Combine(_temp.Path, "mail"))));
                var acknowledged = new ConcurrentBag<int>();
                using var stop = new CancellationTokenSource();
                var writers = await WriteUntilFortyAcknowledgedAsync(readers, acknowledged, stop.Token);

                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
                await stop.CancelAsync();
                await Task.WhenAll(writers);

                using var restarted = Start(port, database);
                try
                {
                    await AppProcesses.WaitUntilUpAsync(baseAddress, restarted);
                    Assert.Equal("ok", SqliteFile.Scalar(database, "PRAGMA integrity_check"));
                    var stored = Ids(database);
                    Assert.All(acknowledged, id => Assert.Contains(id, stored));
                }
                finally
                {
                    restarted.Kill(entireProcessTree: true);
                    await restarted.WaitForExitAsync();
                }
            }
            finally
            {
                if (!server.HasExited)
                {
                    server.Kill(entireProcessTree: true);
                }
            }
        }
    }

    /// <summary>Each reader writes notes until the server goes or <paramref name="stop"/>; returns once 40 are acknowledged.</summary>
    private static async Task<List<Task>> WriteUntilFortyAcknowledgedAsync(HttpClient[] readers, ConcurrentBag<int> acknowledged, CancellationToken stop)
    {
        var failures = new ConcurrentQueue<string>();
        var writers = readers.Select(reader => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    acknowledged.Add(await AppProcesses.AddNoteAsync(reader, $"note {Guid.NewGuid():N}"));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.Enqueue(e.Message);
                    return; // the server is gone
                }
            }
        })).ToList();

        var writing = Stopwatch.StartNew();
        while (acknowledged.Count < 40 && writers.Any(w => !w.IsCompleted) && writing.Elapsed < AppProcesses.StartLimit)
        {
            await Task.Delay(50);
        }

        Assert.True(acknowledged.Count >= 40, $"{acknowledged.Count} notes acknowledged before the kill; writers: {string.Join("; ", failures.Concat(writers.Where(w => w.IsFaulted).Select(w => w.Exception!.GetBaseException().Message)).Distinct())}");
        return writers;
    }

    private Process Start(int port, string database) =>
        AppProcesses.Start(port, Path.Combine(_temp.Path, "mail"), new Dictionary<string, string> { ["ConnectionStrings__Default"] = $"Data Source={database}" });

    private static HashSet<int> Ids(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Notes";
        using var reader = command.ExecuteReader();
        var ids = new HashSet<int>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }
}
