using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
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
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task Every_acknowledged_note_is_present_after_the_server_is_killed_under_concurrent_writes_and_restarted()
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var database = Path.Combine(_temp.Path, "reader.db");
        using (var server = Start(port, database))
        {
            // Whatever fails, no server is left running.
            try
            {
                await WaitUntilUpAsync(baseAddress, server);

                var readers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => SignUpAsync(baseAddress)));
                var acknowledged = new ConcurrentBag<int>();
                var failures = new ConcurrentQueue<string>();
                using var stop = new CancellationTokenSource();
                var writers = readers.Select(reader => Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        try
                        {
                            acknowledged.Add(await AddNoteAsync(reader, $"note {Guid.NewGuid():N}"));
                        }
                        catch (HttpRequestException e)
                        {
                            failures.Enqueue(e.Message);
                            return; // the server is gone
                        }
                        catch (TaskCanceledException e)
                        {
                            failures.Enqueue(e.Message);
                            return;
                        }
                    }
                })).ToList();

                var writing = Stopwatch.StartNew();
                while (acknowledged.Count < 40 && writers.Any(w => !w.IsCompleted) && writing.Elapsed < StartLimit)
                {
                    await Task.Delay(50);
                }

                Assert.True(acknowledged.Count >= 40, $"{acknowledged.Count} notes acknowledged before the kill; writers: {string.Join("; ", failures.Concat(writers.Where(w => w.IsFaulted).Select(w => w.Exception!.GetBaseException().Message)).Distinct())}");

                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
                await stop.CancelAsync();
                await Task.WhenAll(writers);

                using var restarted = Start(port, database);
                try
                {
                    await WaitUntilUpAsync(baseAddress, restarted);
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

    private Process Start(int port, string database)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ArticleReader.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={database}";
        start.Environment["Reader__PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        start.Environment["Accounts__MailPickupPath"] = Path.Combine(_temp.Path, "mail");
        start.Environment["Accounts__AttemptsPerWindow"] = "1000";
        start.Environment["Notes__WritesPerWindow"] = "100000";
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUpAsync(Uri baseAddress, Process server)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            Assert.False(server.HasExited, "the server stopped while starting");
            try
            {
                if ((await client.GetAsync(new Uri("/", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still ingesting the seeds on a busy machine.
            }

            await Task.Delay(250);
        }

        Assert.Fail("the server did not start in time");
    }

    private async Task<HttpClient> SignUpAsync(Uri baseAddress)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var email = $"writer-{Guid.NewGuid():N}@example.org";
        await PostFormAsync(client, "/account/register", new() { ["Input.Email"] = email, ["Input.DisplayName"] = "Writer", ["Input.Password"] = "Correct-Horse-9" });
        var mail = Directory.GetFiles(Path.Combine(_temp.Path, "mail"), "*.eml").Select(File.ReadAllText).Single(m => m.Contains(email, StringComparison.Ordinal));
        var start = mail.IndexOf("/account/confirm?", StringComparison.Ordinal);
        var confirmed = await client.GetAsync(new Uri(mail[start..mail.IndexOf('\r', start)], UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        return client;
    }

    private static async Task<int> AddNoteAsync(HttpClient client, string body)
    {
        var response = await PostFormAsync(client, $"{HtmlPages.SeedUrl}/notes/new?start=300&end=400", new() { ["Input.Body"] = body, ["Input.Visibility"] = "Private" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        // The redirect goes back to the note's passage in the article: ...#anchor-{note id}.
        return int.Parse(location[(location.IndexOf("#anchor-", StringComparison.Ordinal) + 8)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> values)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        values["__RequestVerificationToken"] = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var hidden in page.QuerySelectorAll("form.note-form input[type=hidden][name]"))
        {
            values.TryAdd(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? string.Empty);
        }

        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
