using System.Diagnostics;
using System.Net;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Reliability;
using Npgsql;

namespace ArticleReader.Tests.Postgres;

/// <summary>
/// Two real app processes on one PostgreSQL database, started at the same moment (migrations and seeding run under
/// the advisory lock): a reader's cookie and antiforgery tokens from one are valid on the other, a note written on one
/// is on the other's pages, including its anonymous cached page, and concurrent writers across both lose no note.
/// </summary>
public sealed class TwoInstanceTests : IRunsOnPostgres, IDisposable
{
    private const int Writers = 20;
    private const int NotesPerWriter = 50;

    /// <summary>Bounds the whole test: two starts and a thousand writes take well under this on a busy 2-core machine.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    /// <summary>
    /// The other instance hears of a change by NOTIFY, a few milliseconds after the write: its next anonymous page may
    /// be served in that moment, so the read is retried for at most this long.
    /// </summary>
    private static readonly TimeSpan NotificationLimit = TimeSpan.FromSeconds(5);

    private readonly TempFolder _temp = new();
    private readonly string _database = PostgresTestServer.CreateDatabase(empty: true);

    public void Dispose()
    {
        PostgresTestServer.DropDatabase(_database);
        _temp.Dispose();
    }

    [ProviderFact]
    public async Task A_cookie_note_and_cache_eviction_cross_instances_and_twenty_writers_across_both_store_exactly_a_thousand_notes()
    {
        using var limit = new CancellationTokenSource(Limit);
        var mail = Path.Combine(_temp.Path, "mail");
        var settings = new Dictionary<string, string> { ["Reader__Database"] = "Postgres", ["ConnectionStrings__Default"] = _database };
        var (portA, portB) = (AppProcesses.FreePort(), AppProcesses.FreePort());
        var (a, b) = (new Uri($"http://127.0.0.1:{portA}"), new Uri($"http://127.0.0.1:{portB}"));
        using var serverA = AppProcesses.Start(portA, mail, settings);
        using var serverB = AppProcesses.Start(portB, mail, settings);
        try
        {
            await Task.WhenAll(AppProcesses.WaitUntilUpAsync(a, serverA), AppProcesses.WaitUntilUpAsync(b, serverB));
            Assert.Equal(1L, Scalar("""SELECT count(*) FROM "Articles" """));

            await ACookieAndACachedPageCrossInstancesAsync(a, b, mail);

            var (writers, acknowledged) = await TwentyWritersAcrossBothAsync(a, b, mail, limit.Token);
            Assert.Equal(Writers * NotesPerWriter, acknowledged.SelectMany(ids => ids).Distinct().Count());
            Assert.Equal((long)(Writers * NotesPerWriter), Scalar("""SELECT count(*) FROM "Notes" WHERE "Body" LIKE 'load writer %'"""));
            foreach (var writer in writers)
            {
                writer.Dispose();
            }
        }
        finally
        {
            AppProcesses.Stop(serverA);
            AppProcesses.Stop(serverB);
        }
    }

    /// <summary>One reader, one cookie jar: signed up and signed in on A, writing on B; A's cached anonymous page hears of it.</summary>
    private static async Task ACookieAndACachedPageCrossInstancesAsync(Uri a, Uri b, string mail)
    {
        var cookies = new CookieContainer();
        using var onA = await AppProcesses.SignUpAsync(a, mail, cookies);
        using var onB = AppProcesses.Client(b, cookies);
        using var anonymousA = new HttpClient { BaseAddress = a };
        Assert.DoesNotContain("Written on B", await anonymousA.GetStringAsync(new Uri(HtmlPages.SeedUrl, UriKind.Relative)), StringComparison.Ordinal);

        var id = await AppProcesses.AddNoteAsync(onB, "Written on B, read on A", "Public");
        Assert.Contains($"id=\"note-{id}\"", await onA.GetStringAsync(new Uri(HtmlPages.SeedUrl, UriKind.Relative)), StringComparison.Ordinal);
        var clock = Stopwatch.StartNew();
        while (!(await anonymousA.GetStringAsync(new Uri(HtmlPages.SeedUrl, UriKind.Relative))).Contains($"id=\"note-{id}\"", StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < NotificationLimit, $"A's cached anonymous page still lacks note {id} after {NotificationLimit.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    /// <summary>Twenty writers, even ones on A and odd ones on B, each with one form's token for its fifty posts.</summary>
    private static async Task<(HttpClient[] Writers, List<int>[] Acknowledged)> TwentyWritersAcrossBothAsync(Uri a, Uri b, string mail, CancellationToken limit)
    {
        var writers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => AppProcesses.SignUpAsync(w % 2 == 0 ? a : b, mail)));
        var acknowledged = await Task.WhenAll(writers.Select((writer, w) => Task.Run(
            async () =>
            {
                var fields = await AppProcesses.FormFieldsAsync(writer, AppProcesses.NoteForm);
                var ids = new List<int>();
                for (var i = 0; i < NotesPerWriter; i++)
                {
                    var values = new Dictionary<string, string>(fields) { ["Input.Body"] = $"load writer {w} note {i}", ["Input.Visibility"] = "Private" };
                    using var content = new FormUrlEncodedContent(values);
                    ids.Add(AppProcesses.NoteId(await writer.PostAsync(new Uri(AppProcesses.NoteForm, UriKind.Relative), content, limit)));
                }

                return ids;
            },
            limit)));
        return (writers, acknowledged);
    }

    private object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    /// <summary>The latency goal, measured by the benchmark (speed is never a timed test): not reached here.</summary>
    [Fact(Skip = "Goal not reached: bench/instances/instances.sh, 20 writers x 50 notes through the forms of two PostgreSQL instances "
        + "after an untimed round of the same load, gave p99 59, 102 and 87 ms (p50 22-37 ms, 0 errors, exactly 1,000 rows) in three "
        + "runs on 2026-12-07 on this 2-core machine (CPU-bound: about 2.3 ms of CPU per note in the instances once warm, 0.6 ms in "
        + "PostgreSQL, 0.4 ms in the writers); the goal is p99 < 50 ms.")]
    public void Note_writes_of_twenty_writers_across_two_instances_have_a_p99_under_50_ms()
    {
    }
}
