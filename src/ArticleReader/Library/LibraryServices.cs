using ArticleReader.Data;

namespace ArticleReader.Library;

public static class LibraryServices
{
    /// <summary>Readers' own articles: adding and managing them, URL import, and the background ingest workers.</summary>
    public static IServiceCollection AddLibrary(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LibraryOptions>().Bind(configuration.GetSection(LibraryOptions.SectionName));
        services.AddScoped<ArticleLibrary>();
        services.AddMemoryCache();
        services.AddSingleton<RememberedListings>();
        services.AddSingleton<IArticleChangeListener>(sp => sp.GetRequiredService<RememberedListings>());
        services.AddSingleton<ArticleAddLimiter>();
        services.AddSingleton<IngestSignal>();
        services.AddSingleton<IngestJobChanges>();
        services.AddSingleton<UrlImporter>();
        if (configuration.GetValue($"{LibraryOptions.SectionName}:{nameof(LibraryOptions.RunWorkers)}", true))
        {
            services.AddHostedService<IngestWorker>();
        }

        return services;
    }
}
