using Microsoft.Extensions.Options;

namespace ArticleReader.Pages.Articles;

public static class PageUrls
{
    /// <summary>
    /// An absolute URL for canonical links, Open Graph tags, exports and mail: on <see cref="ReaderOptions.PublicBaseUrl"/>,
    /// never on the request's Host header, which any client can set. Only in Development, with no base URL configured,
    /// is the request's own scheme and host used.
    /// </summary>
    public static string Absolute(HttpRequest request, string path)
    {
        var services = request.HttpContext.RequestServices;
        if (services.GetRequiredService<IOptions<ReaderOptions>>().Value.PublicBaseUrl is { Length: > 0 } baseUrl)
        {
            return baseUrl.TrimEnd('/') + path;
        }

        return services.GetRequiredService<IHostEnvironment>().IsDevelopment()
            ? $"{request.Scheme}://{request.Host}{request.PathBase}{path}"
            : throw new InvalidOperationException("Reader:PublicBaseUrl is not set, and only Development may take absolute URLs from the request.");
    }
}
