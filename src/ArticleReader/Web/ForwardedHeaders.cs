using System.Net;
using Microsoft.Extensions.Options;

namespace ArticleReader.Web;

/// <summary>
/// Forwarded headers are honoured only from the proxies in <see cref="ReaderOptions.KnownProxies"/> and
/// <see cref="ReaderOptions.KnownNetworks"/>: ASP.NET Core's default trust of loopback is dropped, so with nothing
/// configured a client's own <c>X-Forwarded-*</c> headers change nothing (not its address for rate limits, not the scheme).
/// </summary>
public static class ForwardedHeaders
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReaderOptions>>((forwarded, reader) =>
        {
            // With no known proxy at all the middleware would believe every client, so then it reads no header.
            var configured = reader.Value.KnownProxies.Count > 0 || reader.Value.KnownNetworks.Count > 0;
            forwarded.ForwardedHeaders = configured
                ? Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto
                : Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.None;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in reader.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in reader.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>Outside Development the public base URL must be set, and be an absolute http or https address.</summary>
    public static IServiceCollection AddPublicBaseUrl(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<ReaderOptions>()
            .Validate(
                o => o.PublicBaseUrl is { Length: > 0 } url
                    ? Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query)
                    : environment.IsDevelopment(),
                "Reader:PublicBaseUrl must be set to the site's absolute http(s) address (only Development may leave it unset)")
            .ValidateOnStart();
        return services;
    }
}
