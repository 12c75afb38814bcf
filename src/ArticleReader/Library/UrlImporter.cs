using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Formats;
using Microsoft.Extensions.Options;

namespace ArticleReader.Library;

/// <summary>A page fetched for import: its verbatim text (checked as an uploaded file is), format and where it came from.</summary>
public sealed record ImportedPage(string Source, ArticleFormat Format, string SourceName, Uri Url, DateTimeOffset FetchedAt);

/// <summary>The address cannot be imported; the message is one line for the reader.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);

/// <summary>
/// Fetches an article from an http(s) address without letting the address reach inside the server's network: every
/// name is resolved, every address checked, and the connection made to the address that was checked (so a name cannot
/// resolve to a public address for the check and a private one for the connection). Redirects are followed by hand,
/// each one checked again; the body is read up to the article size limit, and only text types are taken.
/// </summary>
public sealed class UrlImporter : IDisposable
{
    private static readonly Dictionary<string, ArticleFormat> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/html"] = ArticleFormat.Html,
        ["text/plain"] = ArticleFormat.PlainText,
        ["text/markdown"] = ArticleFormat.Markdown,
    };

    // Where a fetch must never go: this host, the private networks behind it, link-local addresses (cloud metadata
    // services live at 169.254.169.254 and fd00:ec2::254), and addresses that are not one host.
    private static readonly IPNetwork[] RefusedNetworks =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("224.0.0.0/3"),
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    private readonly HttpClient _client;
    private readonly UrlImportOptions _options;
    private readonly IPNetwork[] _allowed;
    private readonly TimeProvider _clock;

    public UrlImporter(IOptions<LibraryOptions> options, TimeProvider clock)
    {
        _options = options.Value.UrlImport;
        _allowed = [.. _options.AllowedTestNetworks.Select(IPNetwork.Parse)];
        _clock = clock;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = _options.ConnectTimeout,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = ConnectToCheckedAddressAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("ArticleReader/1.0 (article import)");
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html, text/markdown, text/plain;q=0.9");
    }

    /// <exception cref="ImportRefusedException">The address is refused, unreachable, too slow, too large or not text.</exception>
    /// <exception cref="IngestionException">The page is not an article (empty, binary, not UTF-8, no text).</exception>
    public async Task<ImportedPage> FetchAsync(string address, CancellationToken cancellationToken = default)
    {
        var url = CheckAddress(address);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.TotalTimeout);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var response = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (redirects == _options.MaxRedirects)
                    {
                        throw new ImportRefusedException($"{address} redirects more than {_options.MaxRedirects} times");
                    }

                    var location = response.Headers.Location ?? throw new ImportRefusedException($"{url} redirects without saying where");
                    url = CheckAddress(new Uri(url, location).AbsoluteUri);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new ImportRefusedException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
                }

                var format = FormatOf(url, response.Content.Headers.ContentType);
                var bytes = await ReadCappedAsync(response.Content, timeout.Token);
                return new ImportedPage(SourceDecoder.Decode(bytes), format, SourceName(url), url, _clock.GetUtcNow());
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ImportRefusedException($"{address} took longer than {_options.TotalTimeout.TotalSeconds:0} seconds");
        }
        catch (HttpRequestException e)
        {
            // A refusal from the connect callback arrives wrapped; anything else is the network's own failure.
            throw e.InnerException as ImportRefusedException
                ?? new ImportRefusedException($"{address} could not be fetched: {e.GetBaseException().Message}");
        }
    }

    /// <summary>An absolute http(s) address with a host that is not a local name; addresses are checked at connect time.</summary>
    private static Uri CheckAddress(string address)
    {
        if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ImportRefusedException($"'{address}' is not an http or https address");
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            throw new ImportRefusedException($"{url.Host}: addresses with a user name or password are not fetched");
        }

        var host = url.IdnHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportRefusedException($"{url.Host} names this server, which is not fetched");
        }

        return url;
    }

    private async ValueTask<Stream> ConnectToCheckedAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var refused = addresses.FirstOrDefault(a => !IsAllowed(a));
        if (refused is not null || addresses.Length == 0)
        {
            // Any refused address refuses the name: one that resolves to both kinds could be steered to either.
            throw new ImportRefusedException(refused is null
                ? $"{host} has no address"
                : $"{host} is at {refused}, a loopback, private or link-local address, which is not fetched");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(addresses[0], context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Public unicast addresses, and (in tests) the allowed networks.</summary>
    public bool IsAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return _allowed.Any(n => n.Contains(address)) || !RefusedNetworks.Any(n => n.Contains(address));
    }

    private static ArticleFormat FormatOf(Uri url, MediaTypeHeaderValue? contentType)
    {
        if (contentType?.MediaType is not { } mediaType || !ContentTypes.TryGetValue(mediaType, out var format))
        {
            throw new ImportRefusedException($"{url} is {contentType?.MediaType ?? "of no stated type"}, not text/html, text/plain or text/markdown");
        }

        // Many servers send Markdown files as plain text; their extension says what they are.
        return format == ArticleFormat.PlainText ? ArticleFormats.FromExtension(url.AbsolutePath) : format;
    }

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > SourceDecoder.MaxBytes)
        {
            throw TooLarge();
        }

        await using var body = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > SourceDecoder.MaxBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ImportRefusedException TooLarge() => new("the page is over 5 MB; articles may be at most 5 MB");

    private static string SourceName(Uri url) =>
        url.Segments.LastOrDefault(s => s.Trim('/').Length > 0)?.Trim('/') is { } last ? Uri.UnescapeDataString(last) : url.Host;

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    public void Dispose() => _client.Dispose();
}
