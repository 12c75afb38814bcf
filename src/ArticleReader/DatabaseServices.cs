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
        // The context options are built once, not per scope: building them per request cost more than a cached page.
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddSingleton<SqlitePragmas>();
                services.AddDbContext<ReaderDbContext>(
                    (sp, options) => options.UseSqlite(settings.ConnectionString).AddInterceptors(sp.GetRequiredService<SqlitePragmas>()),
                    optionsLifetime: ServiceLifetime.Singleton);
                services.AddScoped<ISearchIndex, SqliteSearchIndex>();
                services.AddScoped<IIngestJobClaimer, SqliteIngestJobClaimer>();
                break;
            case DatabaseProvider.Postgres:
                // One pool for Entity Framework, the cache notifications and the start-up lock.
                services.AddSingleton(_ => NpgsqlDataSource.Create(settings.ConnectionString));
                services.AddDbContext<ReaderDbContext, PostgresReaderDbContext>(
                    (sp, options) => options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()),
                    optionsLifetime: ServiceLifetime.Singleton);
                services.AddScoped(sp => (PostgresReaderDbContext)sp.GetRequiredService<ReaderDbContext>());
                services.AddScoped<ISearchIndex, PostgresSearchIndex>();
                services.AddScoped<IIngestJobClaimer, PostgresIngestJobClaimer>();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider.");
        }

        return services;
    }
}
