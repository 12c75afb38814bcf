using System.Data.Common;
using ArticleReader.Data;
using ArticleReader.Library;
using ArticleReader.Search;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ArticleReader;

/// <summary>The one place that decides what each provider brings: its context, search index and job claimer.</summary>
public static class DatabaseServices
{
    public static IServiceCollection AddReaderDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        // Contexts come from a pool, their options built once: building the options, and a new context's internal
        // services, per request cost more than a cached page (and about a tenth of a note's write).
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddSingleton<SqlitePragmas>();
                services.AddDbContextPool<ReaderDbContext>(
                    (sp, options) => options.UseSqlite(settings.ConnectionString).AddInterceptors(sp.GetRequiredService<SqlitePragmas>()));
                services.AddScoped<ISearchIndex, SqliteSearchIndex>();
                services.AddScoped<IIngestJobClaimer, SqliteIngestJobClaimer>();
                break;
            case DatabaseProvider.Postgres:
                // One pool for Entity Framework, the cache notifications and the start-up lock.
                services.AddSingleton(_ => NpgsqlDataSource.Create(PostgresConnectionString(settings.ConnectionString)));
                services.AddDbContextPool<ReaderDbContext, PostgresReaderDbContext>(
                    (sp, options) => options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
                services.AddScoped(sp => (PostgresReaderDbContext)sp.GetRequiredService<ReaderDbContext>());
                services.AddScoped<ISearchIndex, PostgresSearchIndex>();
                services.AddScoped<IIngestJobClaimer, PostgresIngestJobClaimer>();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider.");
        }

        return services;
    }

    /// <summary>
    /// How many distinct commands each pooled PostgreSQL connection keeps prepared (the most used, each once it was
    /// sent a few times): enough for every command the pages and note forms send, so a note's insert or the reading
    /// page's queries are parsed and planned once per connection, not on every request.
    /// </summary>
    public const int MaxAutoPrepare = 50;

    /// <summary>
    /// The operator's connection string with two defaults where it names neither: commands prepared automatically
    /// (<see cref="MaxAutoPrepare"/>), and a connection handed back to the pool without a reset. The reset would send a
    /// <c>DISCARD ALL</c> before the next command, which also drops the server's cached plans of the foreign-key
    /// checks every insert runs. The app leaves no session state on a pooled connection: the start-up lock is released
    /// (<see cref="PostgresAdvisoryLock"/>), the listener's connection is closed rather than pooled, and nothing sets
    /// session settings or makes temporary tables.
    /// </summary>
    public static string PostgresConnectionString(string configured)
    {
        // Npgsql's builder claims every keyword it knows, set or not: the keys the operator wrote are read as written.
        var named = new DbConnectionStringBuilder { ConnectionString = configured }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", string.Empty, StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (!named.Contains(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!named.Contains(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose)))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
