namespace ArticleReader.Notes;

public static class NoteServices
{
    /// <summary>The web app's note services: writing and reading notes, rendering their bodies (writes are limited in <see cref="Web.RateLimits"/>).</summary>
    public static IServiceCollection AddNotes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotesOptions>()
            .Bind(configuration.GetSection(NotesOptions.SectionName))
            .Validate(o => o.WritesPerWindow > 0 && o.WriteWindow > TimeSpan.Zero, "Notes:WritesPerWindow and Notes:WriteWindow must be positive")
            .ValidateOnStart();
        services.AddSingleton<NoteBodyRenderer>();
        services.AddScoped<NoteStore>();
        services.AddMemoryCache();
        services.AddSingleton<DeletedNotes>();
        return services;
    }
}
