using System.Net;
using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Notes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Library;

/// <summary>
/// The app over a database file, or a PostgreSQL database (background workers write while requests do, as in
/// production), with helpers to add articles through the forms and wait for their jobs. <see cref="NewInstance"/>
/// starts another app on the same database.
/// </summary>
public sealed class LibraryApp : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<ReaderAppFactory> _instances = [];
    private readonly Dictionary<string, string?> _settings;
    private readonly DatabaseProvider _provider;

    public LibraryApp(Dictionary<string, string?>? settings = null)
        : this(DatabaseProvider.Sqlite, settings)
    {
    }

    public LibraryApp(DatabaseProvider provider, Dictionary<string, string?>? settings = null)
    {
        _provider = provider;
        _settings = settings ?? [];
        ConnectionString = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(_temp.Path, "reader.db")}"
            : PostgresTestServer.CreateDatabase();
        Factory = NewInstance();
    }

    public ReaderAppFactory Factory { get; }

    public string ConnectionString { get; }

    /// <summary>Another app instance on the same database, with its own workers (and extra settings).</summary>
    public ReaderAppFactory NewInstance(Dictionary<string, string?>? settings = null)
    {
        var factory = ReaderAppFactory.For(_provider);
        factory.Settings["ConnectionStrings:Default"] = ConnectionString;
        factory.Settings["Accounts:Admins:0"] = Admin;
        foreach (var (key, value) in _settings.Concat(settings ?? []))
        {
            factory.Settings[key] = value;
        }

        _instances.Add(factory);
        return factory;
    }

    /// <summary>The email the configuration makes an admin.</summary>
    public const string Admin = "admin@example.org";

    /// <summary>Pastes an article through the add form and returns its job's id, read from the redirect.</summary>
    public static async Task<int> PasteAsync(ReaderSession reader, string text, string visibility = "Private", bool markdown = false)
    {
        var response = await reader.SubmitAsync("/library/add", "form#add-paste", new()
        {
            ["Text"] = text,
            ["Markdown"] = markdown ? "true" : "false",
            ["Visibility"] = visibility,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"adding answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JobId(response);
    }

    public static int JobId(HttpResponseMessage response)
    {
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/library/jobs/", location, StringComparison.Ordinal);
        return int.Parse(location["/library/jobs/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until the job has ended (done or failed) and returns it.</summary>
    public static async Task<IngestJob> WaitForJobAsync(ReaderAppFactory factory, int id, int timeoutSeconds = 120)
    {
        var until = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var job = await factory.WithDbAsync(db => db.IngestJobs.AsNoTracking().SingleAsync(j => j.Id == id));
            if (job.Status is IngestJobStatus.Done or IngestJobStatus.Failed)
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < until, $"job {id} still {job.Status} ({job.Stage}) after {timeoutSeconds} s");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }

        SqliteConnection.ClearAllPools();
        if (_provider == DatabaseProvider.Postgres)
        {
            PostgresTestServer.DropDatabase(ConnectionString);
        }

        _temp.Dispose();
    }
}

/// <summary>Small articles written for these tests: a title, a byline and paragraphs with names, dates and figures.</summary>
public static class SampleArticles
{
    public static string Text(string title, int paragraphs = 3) =>
        $"{title}\n\nBy Mara Quell\n\n" + string.Join("\n\n", Enumerable.Range(1, paragraphs).Select(i =>
            $"The Harbour Authority of Lisbon said on 4 March 2021 that {10 + i} percent of its cargo came from Chile. "
            + $"Officials in Portugal expected the share to grow by {i} points within a year, according to the report. "
            + "Critics were less sure."));
}

/// <summary>A test class over its own <see cref="LibraryApp"/> on the provider it runs on.</summary>
public abstract class LibraryAppTests : IDisposable
{
    protected LibraryAppTests(DatabaseProvider provider)
    {
        Provider = provider;
        App = new LibraryApp(provider);
    }

    protected DatabaseProvider Provider { get; }

    protected LibraryApp App { get; }

    public void Dispose()
    {
        App.Dispose();
        GC.SuppressFinalize(this);
    }
}
