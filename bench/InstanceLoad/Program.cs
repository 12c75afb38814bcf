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
var latencies = new ConcurrentBag<double>();
var acknowledged = new ConcurrentBag<int>();
var errors = new ConcurrentQueue<string>();
var killed = 0;

// One untimed note per writer first, as bench/NoteWriteLoad does: the first posts of each instance run cold code.
// Their bodies do not start with the run's prefix, so the rows counted are the timed ones.
await Task.WhenAll(writers.Select(writer => writer.AddNoteAsync($"warm-up {prefix}")));

var clock = Stopwatch.StartNew();
await Task.WhenAll(writers.Select((writer, w) => Task.Run(async () =>
{
    for (var i = 0; i < options.Notes; i++)
    {
        if (options.KillPid is int pid && acknowledged.Count >= options.KillAfter && Interlocked.Exchange(ref killed, 1) == 0)
        {
            Process.GetProcessById(pid).Kill(entireProcessTree: true);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            acknowledged.Add(await writer.AddNoteAsync($"{prefix} writer {w} note {i}"));
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            errors.Enqueue(e.Message);
            if (options.KillPid is null || writer.BaseAddress == urls[0])
            {
                continue;
            }

            // Its instance is gone: the same reader, cookie and token go on at the first one.
            writer.MoveTo(urls[0]);
        }
    }
})));
var elapsed = clock.Elapsed;

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

var sorted = latencies.Order().ToArray();
double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
var missing = acknowledged.Count(id => !stored.Contains(id));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]}: {options.Writers} writers x {options.Notes} notes over {urls.Length} instances in {elapsed.TotalSeconds:F1} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  latency   p50 {Percentile(0.50):F1} ms   p99 {Percentile(0.99):F1} ms   max {Percentile(1):F1} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  acknowledged {acknowledged.Count}   errors {errors.Count}   rows {stored.Count}   acknowledged but missing {missing}"));
foreach (var error in errors.Distinct().Take(3))
{
    Console.WriteLine($"  error: {error}");
}

bool met;
if (options.KillPid is null)
{
    var p99 = Percentile(0.99);
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
