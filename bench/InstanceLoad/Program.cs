using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Npgsql;

// Note writes through the forms of several running instances (started by bench/instances/instances.sh):
//   writes   --urls A,B --mail DIR --postgres CS [--writers 20] [--notes 50]
//   failover --urls A,B --mail DIR --postgres CS --kill-pid PID [--kill-after 300] [--writers 20] [--notes 50]
// Writers are spread over the instances in turn. In failover the process PID (the last instance) is killed after
// --kill-after acknowledged notes, and its writers go on at the first instance with the same cookie and form token.
if (args.Length == 0 || args[0] is not ("writes" or "failover"))
{
    Console.Error.WriteLine("usage: InstanceLoad writes|failover --urls A,B --mail DIR --postgres CS [--kill-pid PID] [--kill-after N] [--writers N] [--notes N]");
    return 2;
}

// The issue's goal for a note write under this load.
const int MaxP99Milliseconds = 50;
var options = Options.Parse(args[1..]);
var urls = options.Urls;
var writers = await Task.WhenAll(Enumerable.Range(0, options.Writers).Select(w => Writer.SignUpAsync(urls[w % urls.Length], options.Mail)));
var prefix = $"{args[0]} {Guid.NewGuid():N}";
var killed = 0;

// The same load once untimed first, as wrk warms up before the reading page is measured: fresh instances are still
// compiling and optimising the note path for the first thousand notes or so. That round's figures are printed too.
// Its bodies do not start with the run's prefix, so the rows counted are the timed round's.
var warmUp = await WriteAsync($"warm-up {prefix}", killAfter: null);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  warm-up round, not held to the goal: {warmUp.Latencies.Length} notes in {warmUp.Elapsed.TotalSeconds:F1} s   p50 {Percentile(warmUp.Latencies, 0.50):F1} ms   p99 {Percentile(warmUp.Latencies, 0.99):F1} ms   errors {warmUp.Errors.Count}"));
var (sorted, acknowledged, errors, elapsed) = await WriteAsync(prefix, options.KillPid is int killPid ? (killPid, options.KillAfter) : null);

await using var connection = new NpgsqlConnection(options.Postgres);
await connection.OpenAsync();
var stored = new HashSet<int>();
await using (var command = new NpgsqlCommand("""SELECT "Id" FROM "Notes" WHERE starts_with("Body", $1)""", connection) { Parameters = { new() { Value = prefix } } })
await using (var reader = await command.ExecuteReaderAsync())
{
    while (await reader.ReadAsync())
    {
        stored.Add(reader.GetInt32(0));
    }
}

var missing = acknowledged.Count(id => !stored.Contains(id));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]}: {options.Writers} writers x {options.Notes} notes over {urls.Length} instances in {elapsed.TotalSeconds:F1} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  latency   p50 {Percentile(sorted, 0.50):F1} ms   p99 {Percentile(sorted, 0.99):F1} ms   max {Percentile(sorted, 1):F1} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  acknowledged {acknowledged.Length}   errors {errors.Count}   rows {stored.Count}   acknowledged but missing {missing}"));
foreach (var error in errors.Distinct().Take(3))
{
    Console.WriteLine($"  error: {error}");
}

bool met;
if (options.KillPid is null)
{
    var p99 = Percentile(sorted, 0.99);
    met = errors.IsEmpty && stored.Count == options.Writers * options.Notes && p99 < MaxP99Milliseconds;
    Console.WriteLine($"  goal p99 < {MaxP99Milliseconds} ms, 0 errors, exactly {options.Writers * options.Notes} rows: {(met ? "met" : "missed")}");
}
else
{
    using var survivor = new HttpClient { BaseAddress = urls[0], Timeout = TimeSpan.FromSeconds(10) };
    var status = (await survivor.GetAsync(new Uri("/", UriKind.Relative))).StatusCode;
    met = killed == 1 && status == HttpStatusCode.OK && missing == 0;
    Console.WriteLine($"  instance killed: {killed == 1}   the survivor answers {(int)status}");
    Console.WriteLine($"  goal the survivor serves and no acknowledged note is missing: {(met ? "met" : "missed")}");
}

return met ? 0 : 1;

// Every writer adds its notes one after another, all writers at once; with killAfter, that process is killed once as
// many notes are acknowledged, and its writers go on at the first instance.
async Task<Round> WriteAsync(string bodyPrefix, (int Pid, int After)? killAfter)
{
    var latencies = new ConcurrentBag<double>();
    var ids = new ConcurrentBag<int>();
    var failures = new ConcurrentQueue<string>();
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(writers.Select((writer, w) => Task.Run(async () =>
    {
        for (var i = 0; i < options.Notes; i++)
        {
            if (killAfter is var (victim, after) && ids.Count >= after && Interlocked.Exchange(ref killed, 1) == 0)
            {
                Process.GetProcessById(victim).Kill(entireProcessTree: true);
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                ids.Add(await writer.AddNoteAsync($"{bodyPrefix} writer {w} note {i}"));
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                failures.Enqueue(e.Message);
                if (killAfter is null || writer.BaseAddress == urls[0])
                {
                    continue;
                }

                // Its instance is gone: the same reader, cookie and token go on at the first one.
                writer.MoveTo(urls[0]);
            }
        }
    })));
    return new Round([.. latencies.Order()], [.. ids], failures, clock.Elapsed);
}

static double Percentile(double[] sorted, double p) =>
    sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

/// <summary>One round of writes: its latencies in order, the notes acknowledged, the errors and how long it took.</summary>
internal sealed record Round(double[] Latencies, int[] Acknowledged, ConcurrentQueue<string> Errors, TimeSpan Elapsed);

/// <summary>The command line's options.</summary>
internal sealed record Options(Uri[] Urls, string Mail, string Postgres, int Writers, int Notes, int? KillPid, int KillAfter)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new(
            [.. values["--urls"].Split(',').Select(u => new Uri(u))],
            values["--mail"],
            values["--postgres"],
            Number("--writers", 20),
            Number("--notes", 50),
            values.ContainsKey("--kill-pid") ? Number("--kill-pid", 0) : null,
            Number("--kill-after", 300));
    }
}

/// <summary>One reader with a cookie jar and the note form's fields, writing at one instance.</summary>
internal sealed class Writer(CookieContainer cookies, HttpClient client)
{
    private const string Form = "/articles/military-cooperation-between-israel-and-azerbaijan/notes/new?start=300&end=400";
    private static readonly HtmlParser Parser = new();
    private HttpClient _client = client;
    private Dictionary<string, string>? _fields;

    public Uri BaseAddress => _client.BaseAddress!;

    public static async Task<Writer> SignUpAsync(Uri baseAddress, string mailFolder)
    {
        var cookies = new CookieContainer();
        var writer = new Writer(cookies, Client(baseAddress, cookies));
        var email = $"bench-{Guid.NewGuid():N}@example.org";
        await writer.PostAsync("/account/register", new() { ["Input.Email"] = email, ["Input.DisplayName"] = "Bench", ["Input.Password"] = "Correct-Horse-9" });
        var mail = Directory.GetFiles(mailFolder, "*.eml").Select(File.ReadAllText).Single(m => m.Contains(email, StringComparison.Ordinal));
        var link = mail[mail.IndexOf("/account/confirm?", StringComparison.Ordinal)..];
        var confirmed = await writer._client.GetAsync(new Uri(link[..link.IndexOf('\r', StringComparison.Ordinal)], UriKind.Relative));
        return confirmed.StatusCode == HttpStatusCode.Redirect ? writer : throw new InvalidOperationException($"confirming {email} answered {(int)confirmed.StatusCode}");
    }

    /// <summary>Saves a note and returns its id, read from the redirect to <c>#anchor-{id}</c>.</summary>
    public async Task<int> AddNoteAsync(string body)
    {
        _fields ??= await FieldsAsync(Form);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(_fields) { ["Input.Body"] = body, ["Input.Visibility"] = "Private" });
        using var response = await _client.PostAsync(new Uri(Form, UriKind.Relative), content);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        var anchor = location.IndexOf("#anchor-", StringComparison.Ordinal);
        return response.StatusCode == HttpStatusCode.Redirect && anchor >= 0
            ? int.Parse(location[(anchor + 8)..], CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"saving a note answered {(int)response.StatusCode}");
    }

    public void MoveTo(Uri baseAddress)
    {
        _client.Dispose();
        _client = Client(baseAddress, cookies);
    }

    private static HttpClient Client(Uri baseAddress, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    private async Task PostAsync(string url, Dictionary<string, string> values)
    {
        foreach (var (name, value) in await FieldsAsync(url))
        {
            values.TryAdd(name, value);
        }

        using var content = new FormUrlEncodedContent(values);
        (await _client.PostAsync(new Uri(url, UriKind.Relative), content)).Dispose();
    }

    private async Task<Dictionary<string, string>> FieldsAsync(string url)
    {
        var page = await Parser.ParseDocumentAsync(await _client.GetStringAsync(new Uri(url, UriKind.Relative)));
        return page.QuerySelectorAll("form[method=post] input[type=hidden][name]")
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? string.Empty);
    }
}
