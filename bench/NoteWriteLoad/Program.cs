using System.Diagnostics;
using System.Globalization;
using ArticleReader;
using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Ingestion;
using ArticleReader.Notes;
using Microsoft.Data.Sqlite;

// Note-write latency under concurrent writers, through the service layer, on a fresh SQLite file in WAL mode:
//   dotnet run -c Release --project bench/NoteWriteLoad -- [writers] [notes-per-writer]
var writers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var perWriter = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var folder = Path.Combine(Path.GetTempPath(), "articlereader-note-load-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
    builder.Logging.ClearProviders();
    builder.Configuration["ConnectionStrings:Default"] = $"Data Source={Path.Combine(folder, "load.db")}";
    builder.Services.AddArticleReader(builder.Configuration, builder.Environment);
    builder.Services.AddOutputCache();
    builder.Services.AddNotes(builder.Configuration);
    await using var app = builder.Build();
    await app.Services.PrepareDatabaseAsync();

    string authorId;
    string slug;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<ReaderDbContext>();
        var user = new ReaderUser { UserName = "load@example.org", Email = "load@example.org", DisplayName = "Load" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        authorId = user.Id;
        slug = (await scope.ServiceProvider.GetRequiredService<ArticleStore>().SlugsAsync())[0];
    }

    // Each writer's first write opens its pooled connection and compiles EF's insert: that start-up cost is
    // paid once per server, not per note, so it is made before the clock starts, behind a barrier.
    var latencies = new double[writers * perWriter];
    var waiting = writers;
    var warmedUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    var total = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
    {
        await using var scope = app.Services.CreateAsyncScope();
        var notes = scope.ServiceProvider.GetRequiredService<NoteStore>();
        var revision = (await scope.ServiceProvider.GetRequiredService<ArticleStore>().CurrentAsync(slug))!;
        await notes.AddAsync(revision, new TextSpan(300, 340), authorId, new NoteDraft($"writer {w} warm-up", NoteVisibility.Private, ["load"]));
        if (Interlocked.Decrement(ref waiting) == 0)
        {
            total.Restart();
            warmedUp.SetResult();
        }

        await warmedUp.Task;

        for (var i = 0; i < perWriter; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await notes.AddAsync(revision, new TextSpan(300 + i, 340 + i), authorId, new NoteDraft($"writer {w} note {i}", NoteVisibility.Private, ["load"]));
            latencies[(w * perWriter) + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    })));
    total.Stop();

    Array.Sort(latencies);
    double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{latencies.Length} note writes by {writers} writers in {total.Elapsed.TotalSeconds:0.00} s ({latencies.Length / total.Elapsed.TotalSeconds:0} writes/s)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"latency p50 {Percentile(0.50):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {latencies[^1]:0.0} ms"));
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}
