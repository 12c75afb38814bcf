namespace ArticleReader.Library;

/// <summary>The <c>Library</c> section of the configuration: readers' own articles, their quotas and the ingest workers.</summary>
public sealed class LibraryOptions
{
    public const string SectionName = "Library";

    /// <summary>Articles a reader may keep (deleted ones do not count).</summary>
    public int MaxArticlesPerReader { get; set; } = 100;

    /// <summary>Megabytes of text a reader may keep, counting each article's newest text.</summary>
    public int MaxMegabytesPerReader { get; set; } = 50;

    /// <summary>Articles and revisions a reader may add per <see cref="AddWindow"/>.</summary>
    public int AddsPerWindow { get; set; } = 10;

    public TimeSpan AddWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Articles per page of the library.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>Jobs one app instance ingests at once; ingestion is CPU-bound, so about one per spare core.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>How often idle workers look for jobs added by other instances (their own wake them at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed job is a worker's without it being heard from; renewed while it runs.</summary>
    public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Claims of one job before it is failed: a job interrupted by a crash is tried once more.</summary>
    public int MaxAttempts { get; set; } = 2;

    /// <summary>Whether this instance runs ingest workers (an instance may serve pages only).</summary>
    public bool RunWorkers { get; set; } = true;

    public UrlImportOptions UrlImport { get; set; } = new();
}

/// <summary>The <c>Library:UrlImport</c> section: limits on fetching an article from an address.</summary>
public sealed class UrlImportOptions
{
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The whole fetch, redirects and body included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// For tests only: networks (CIDR, such as <c>127.0.0.1/32</c>) that may be fetched although they are loopback,
    /// private or link-local. Empty in every real configuration.
    /// </summary>
    public List<string> AllowedTestNetworks { get; set; } = [];
}
