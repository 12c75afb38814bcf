namespace ArticleReader.Pages.Articles;

public static class PageUrls
{
    /// <summary>An absolute URL on the host the request came to, for canonical links and Open Graph tags.</summary>
    public static string Absolute(HttpRequest request, string path) => $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
}
