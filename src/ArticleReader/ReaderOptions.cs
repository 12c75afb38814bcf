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
}
