using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Consistency;
using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Embeddings;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Ingestion.Relations;
using ArticleReader.Ingestion.Sections;
using ArticleReader.Ingestion.Anchoring;
using ArticleReader.Ingestion.Sentences;
using ArticleReader.Notes;
using ArticleReader.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ArticleReader;

/// <summary>The services shared by the web app and the command line.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddArticleReader(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var baseFolder = RepositoryLayout.BaseFolder(environment.ContentRootPath);
        services.AddOptions<ReaderOptions>()
            .Bind(configuration.GetSection(ReaderOptions.SectionName))
            .PostConfigure(o =>
            {
                o.SeedsPath = Path.GetFullPath(o.SeedsPath, baseFolder);
                o.ContentPath = Path.GetFullPath(o.ContentPath, baseFolder);
            });

        var connectionString = ResolveSqlitePath(
            configuration.GetConnectionString("Default") ?? throw new InvalidOperationException("The connection string 'Default' is not set."),
            baseFolder);
        services.AddSingleton<SqlitePragmas>();
        // The options are built once: building them per request (per scope) cost more than a cached page itself.
        services.AddDbContext<ReaderDbContext>(
            (sp, options) => options.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<SqlitePragmas>()),
            optionsLifetime: ServiceLifetime.Singleton);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new EditorialLibrary(sp.GetRequiredService<IOptions<ReaderOptions>>().Value.ContentPath));
        services.AddSingleton<SentenceSplitter>();
        services.AddSingleton<SectionSegmenter>();
        services.AddSingleton<SectionTitler>();
        services.AddSingleton<EntityRecognizer>();
        services.AddSingleton<ClaimDetector>();
        services.AddSingleton<ConsistencyChecker>();
        services.AddSingleton<RelationExtractor>();
        // The process-wide encoder, registered as an instance so that no container disposes it while others use it.
        services.AddSingleton(SentenceEncoder.Default);
        services.AddSingleton(configuration.GetSection(IngestionLimits.SectionName).Get<IngestionLimits>() ?? IngestionLimits.Default);
        services.AddSingleton<IngestionPipeline>();
        services.AddSingleton<TextAnchorer>();
        services.AddScoped<NoteReanchorer>();
        services.AddScoped<ArticleStore>();
        services.AddScoped<SearchIndex>();
        services.AddScoped<ArticleIngestor>();
        return services;
    }

    /// <summary>
    /// Makes a relative SQLite file path absolute against the base folder, and creates its folder,
    /// so the database lands in the same place whatever the working directory.
    /// </summary>
    public static string ResolveSqlitePath(string connectionString, string baseFolder)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || builder.Mode == SqliteOpenMode.Memory)
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(dataSource, baseFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
