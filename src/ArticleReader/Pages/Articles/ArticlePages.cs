using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace ArticleReader.Pages.Articles;

public static class ArticlePages
{
    /// <summary>The services the article pages render with.</summary>
    public static IServiceCollection AddArticlePages(this IServiceCollection services)
    {
        // Encode markup characters only: articles are full of curly quotes, dashes and non-Latin names, and writing
        // each as a numeric reference would make pages larger and their source unreadable, for no safety gain.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOptions<ReadingOptions>().BindConfiguration(ReadingOptions.SectionName);
        services.AddMemoryCache();
        services.AddSingleton<AnnotatedParagraphRenderer>();
        services.AddSingleton<RenderedArticles>();
        services.AddSingleton<SourceTextRenderer>();
        return services;
    }
}
