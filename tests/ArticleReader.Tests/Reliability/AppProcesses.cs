using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Reliability;

/// <summary>
/// The built app as a real server process on 127.0.0.1, and readers that sign up and write notes through its forms:
/// what the kill and several-instance tests drive.
/// </summary>
public static class AppProcesses
{
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    /// <summary>How many of a server's last output lines a failure shows.</summary>
    private const int OutputLines = 40;

    private static readonly ConcurrentDictionary<int, ConcurrentQueue<string>> Output = new();

    /// <summary>Starts the server on <paramref name="port"/> with the test settings and <paramref name="settings"/> (environment names).</summary>
    public static Process Start(int port, string mailFolder, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ArticleReader.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Reader__PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        start.Environment["Accounts__MailPickupPath"] = mailFolder;
        start.Environment["Accounts__AttemptsPerWindow"] = "1000";
        start.Environment["Notes__WritesPerWindow"] = "100000";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        // Drained, so a chatty server never blocks on a full pipe; the last lines are kept to say why a start failed.
        var output = Output[process.Id] = new ConcurrentQueue<string>();
        void Keep(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                output.Enqueue(e.Data);
                while (output.Count > OutputLines && output.TryDequeue(out _))
                {
                }
            }
        }

        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task WaitUntilUpAsync(Uri baseAddress, Process server)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            Assert.False(server.HasExited, $"the server stopped while starting; its last output:\n{string.Join('\n', Output.GetValueOrDefault(server.Id) ?? [])}");
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

    public static void Stop(Process server)
    {
        if (!server.HasExited)
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    /// <summary>A client of <paramref name="baseAddress"/> that keeps cookies in <paramref name="cookies"/> and follows no redirect.</summary>
    public static HttpClient Client(Uri baseAddress, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Signs up a new reader and follows the mailed confirmation link, which signs them in.</summary>
    public static async Task<HttpClient> SignUpAsync(Uri baseAddress, string mailFolder, CookieContainer? cookies = null)
    {
        var client = Client(baseAddress, cookies ?? new CookieContainer());
        var email = $"writer-{Guid.NewGuid():N}@example.org";
        await PostFormAsync(client, "/account/register", new() { ["Input.Email"] = email, ["Input.DisplayName"] = "Writer", ["Input.Password"] = "Correct-Horse-9" });
        var mail = Directory.GetFiles(mailFolder, "*.eml").Select(File.ReadAllText).Single(m => m.Contains(email, StringComparison.Ordinal));
        var start = mail.IndexOf("/account/confirm?", StringComparison.Ordinal);
        var confirmed = await client.GetAsync(new Uri(mail[start..mail.IndexOf('\r', start)], UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        return client;
    }

    /// <summary>The address of the note form on the seed, for the passage every writer notes.</summary>
    public const string NoteForm = $"{HtmlPages.SeedUrl}/notes/new?start=300&end=400";

    public static async Task<int> AddNoteAsync(HttpClient client, string body, string visibility = "Private") =>
        NoteId(await PostFormAsync(client, NoteForm, new() { ["Input.Body"] = body, ["Input.Visibility"] = visibility }));

    /// <summary>The id of the note a form post saved, from its redirect back to the passage: ...#anchor-{note id}.</summary>
    public static int NoteId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location[(location.IndexOf("#anchor-", StringComparison.Ordinal) + 8)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The form's fields (antiforgery token and hidden inputs) as the page at <paramref name="url"/> gives them.</summary>
    public static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string url)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        var values = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };
        foreach (var hidden in page.QuerySelectorAll("form.note-form input[type=hidden][name]"))
        {
            values.TryAdd(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? string.Empty);
        }

        return values;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> values)
    {
        foreach (var (name, value) in await FormFieldsAsync(client, url))
        {
            values.TryAdd(name, value);
        }

        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
