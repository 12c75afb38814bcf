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

        services.AddReaderDatabase(DatabaseSettings.From(configuration, baseFolder));

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
        // In the ingest transaction, in this order: the search index, then the notes, move to a new revision.
        services.AddScoped<IArticleChangeListener, SearchIndexUpdate>();
        services.AddScoped<IArticleChangeListener, NoteReanchorer>();
        services.AddScoped<ArticleStore>();
        services.AddScoped<ArticleIngestor>();
        return services;
    }
}
