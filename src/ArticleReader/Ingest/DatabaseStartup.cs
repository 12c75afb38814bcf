using ArticleReader.Data;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Formats;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ArticleReader.Ingest;

public static partial class DatabaseStartup
{
    /// <summary>The file extensions start-up ingests from the seeds folder: plain text, Markdown and HTML.</summary>
    public static readonly string[] ArticleExtensions = [.. ArticleFormats.Extensions];

    /// <summary>
    /// Any number fixed for this app: the key of the PostgreSQL advisory lock under which an instance migrates and seeds,
    /// so that of several instances starting at once one does it and the others then find it done.
    /// </summary>
    public const long StartupLockKey = 0x41_52_45_41_44_45_52; // "AREADER"

    /// <summary>
    /// Applies pending migrations, then ingests every seed article that is not stored yet, then runs
    /// <paramref name="then"/> (the web app's roles and admins), all under the start-up lock.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, Func<IServiceProvider, Task>? then = null, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReaderDbContext>();
        // SQLite's own file lock already lets one writer at a time; a server shared by instances needs the lock held
        // across the whole preparation, on a connection of its own that ends with it.
        await using var startupLock = services.GetService<NpgsqlDataSource>() is { } dataSource
            ? await PostgresAdvisoryLock.AcquireAsync(dataSource, StartupLockKey, cancellationToken)
            : null;
        await db.Database.MigrateAsync(cancellationToken);
        if (startupLock is not null && services.GetService<IDataProtectionProvider>() is { } protection)
        {
            // The first instance makes the data-protection key while the others wait, so all of them share that one.
            protection.CreateProtector(nameof(DatabaseStartup)).Protect([]);
        }

        var options = scope.ServiceProvider.GetRequiredService<IOptions<ReaderOptions>>().Value;
        if (options.IngestSeedsAtStartup)
        {
            await IngestSeedsAsync(scope.ServiceProvider, options.SeedsPath, cancellationToken);
        }

        if (then is not null)
        {
            await then(services);
        }
    }

    private static async Task IngestSeedsAsync(IServiceProvider services, string seedsPath, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        if (!Directory.Exists(seedsPath))
        {
            LogNoSeeds(logger, seedsPath);
            return;
        }

        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var files = Directory.EnumerateFiles(seedsPath)
            .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                var result = await ingestor.IngestAsync(file, cancellationToken: cancellationToken);
                LogSeed(logger, Path.GetFileName(file), result.Article.Slug, result.Article.Revision, result.Outcome);
            }
            catch (IngestionException e)
            {
                LogBadSeed(logger, Path.GetFileName(file), e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One article the pipeline cannot handle must not keep the app, and every other article, from serving.
                LogSeedFailure(logger, Path.GetFileName(file), e);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "No seeds folder at {Path}; nothing ingested at start-up")]
    private static partial void LogNoSeeds(ILogger logger, string path);

    [LoggerMessage(LogLevel.Information, "Seed {File}: {Slug} revision {Revision} ({Outcome})")]
    private static partial void LogSeed(ILogger logger, string file, string slug, int revision, IngestOutcome outcome);

    [LoggerMessage(LogLevel.Error, "Seed {File} was not ingested: {Reason}")]
    private static partial void LogBadSeed(ILogger logger, string file, string reason);

    [LoggerMessage(LogLevel.Critical, "Seed {File} was not ingested: the pipeline failed")]
    private static partial void LogSeedFailure(ILogger logger, string file, Exception exception);
}
