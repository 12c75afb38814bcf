using System.Diagnostics;
using System.Globalization;
using ArticleReader;
using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Formats;
using ArticleReader.Library;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// How soon a reader sees an added article move, and read it: a text added through the library (the seed's text
// grown to about 30 KB, under a new title each round) on a fresh SQLite file with the background worker running.
//   dotnet run -c Release --project bench/IngestLatency -- [rounds]
// Prints, per round and as medians: time to the first reported stage, the ingest time (the pipeline alone, measured
// apart on the same text) and the time until the article is stored, and the margin between the last two; per round
// also when each stage was first seen, which shows where the margin goes.
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var folder = Path.Combine(Path.GetTempPath(), "articlereader-ingest-latency-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
    builder.Logging.ClearProviders();
    builder.Configuration["ConnectionStrings:Default"] = $"Data Source={Path.Combine(folder, "latency.db")}";
    builder.Configuration["Reader:IngestSeedsAtStartup"] = "false";
    builder.Configuration["Library:AddsPerWindow"] = "1000";
    builder.Services.AddArticleReader(builder.Configuration, builder.Environment);
    builder.Services.AddLibrary(builder.Configuration);
    await using var app = builder.Build();
    await app.Services.PrepareDatabaseAsync();
    await app.StartAsync();

    var seed = Directory.EnumerateFiles(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReaderOptions>>().Value.SeedsPath).Order(StringComparer.Ordinal).First();
    // The seed's text, its body repeated until the article is about 30 KB, as a long analysis piece is.
var seedText = SourceDecoder.ReadFile(seed);
while (System.Text.Encoding.UTF8.GetByteCount(seedText) < 30 * 1024)
{
    seedText += "\n\n" + SourceDecoder.ReadFile(seed);
}
    string ownerId;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<ReaderDbContext>();
        var user = new ReaderUser { UserName = "bench@example.org", Email = "bench@example.org", DisplayName = "Bench" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        ownerId = user.Id;
    }

    var pipeline = app.Services.GetRequiredService<IngestionPipeline>();
    pipeline.Parse(seedText, "warm-up");
    var firstStage = new List<double>();
    var ingest = new List<double>();
    var readable = new List<double>();
    for (var round = 1; round <= rounds; round++)
    {
        var text = $"Latency round {round}: " + seedText;
        var parse = Stopwatch.StartNew();
        pipeline.Parse(text, "latency");
        ingest.Add(parse.Elapsed.TotalSeconds);

        var clock = Stopwatch.StartNew();
        int jobId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var library = scope.ServiceProvider.GetRequiredService<ArticleLibrary>();
            jobId = (await library.AddAsync(ownerId, new ArticleSubmission(text, ArticleFormat.PlainText, "latency.txt"), ArticleVisibility.Private)).Id;
        }

        double? first = null;
        var stageSeen = new Dictionary<IngestionStage, double>();
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            // The state alone, as the status page reads it: loading the job's text every few milliseconds would slow the worker.
            var job = await scope.ServiceProvider.GetRequiredService<ReaderDbContext>().IngestJobs
                .Where(j => j.Id == jobId).Select(j => new { j.Stage, j.Status, j.Error }).SingleAsync();
            stageSeen.TryAdd(job.Stage, clock.Elapsed.TotalSeconds);
            first ??= job.Stage != IngestionStage.Queued ? clock.Elapsed.TotalSeconds : null;
            if (job.Status is IngestJobStatus.Done or IngestJobStatus.Failed)
            {
                if (job.Status == IngestJobStatus.Failed)
                {
                    throw new InvalidOperationException(job.Error);
                }

                break;
            }

            await Task.Delay(5);
        }

        firstStage.Add(first ?? clock.Elapsed.TotalSeconds);
        readable.Add(clock.Elapsed.TotalSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round {round}: {System.Text.Encoding.UTF8.GetByteCount(text) / 1024.0:0.0} KB, first progress {firstStage[^1]:0.000} s, ingest {ingest[^1]:0.000} s, readable {readable[^1]:0.000} s (ingest + {readable[^1] - ingest[^1]:0.000} s); stages {string.Join(", ", stageSeen.Select(p => $"{p.Key} {p.Value:0.000}"))}"));
    }

    static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    var margin = readable.Zip(ingest, (r, i) => r - i).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"median: first progress {Median(firstStage):0.000} s (goal < 1 s), ingest {Median(ingest):0.000} s, readable {Median(readable):0.000} s, readable - ingest {Median(margin):0.000} s (goal < 1 s)"));
    await app.StopAsync();
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}
