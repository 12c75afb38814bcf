namespace ArticleReader;

/// <summary>The <c>Reader</c> section of the configuration.</summary>
public sealed class ReaderOptions
{
    public const string SectionName = "Reader";

    /// <summary>Folder of article files ingested at start-up; a relative path is anchored as <see cref="RepositoryLayout"/> says.</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Folder of the editorial layer (one sub-folder per article slug).</summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>Whether start-up ingests the seeds folder.</summary>
    public bool IngestSeedsAtStartup { get; set; } = true;

    /// <summary>
    /// How long a cached page may be served. Ingesting in the web app evicts an article's pages at once; the command
    /// line runs in another process and cannot, so its changes show after at most this long.
    /// </summary>
    public TimeSpan PageCacheDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The site's public address (<c>https://reader.example.org</c>), the base of every absolute URL the app writes.
    /// Required outside Development, where it may be left unset to use the request's own host.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Addresses of the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed; no one else's are.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, <c>10.0.0.0/8</c>) of such proxies.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
