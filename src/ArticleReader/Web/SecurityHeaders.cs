namespace ArticleReader.Web;

/// <summary>
/// Headers that make every response safer to show: a Content Security Policy that allows only the app's own
/// scripts and style sheets (no inline script or style attribute, so injected markup cannot run), no MIME sniffing,
/// and no full URLs leaked to other sites.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Set before the rest of the pipeline runs, so responses from any later middleware (cached pages, static
            // files, status code pages) carry them too.
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            return next(context);
        });
}
