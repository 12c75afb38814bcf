using System.Globalization;
using System.Text;
using System.Threading.RateLimiting;
using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Formats;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ArticleReader.Library;

/// <summary>A text a reader adds: already decoded and checked by <see cref="SourceDecoder"/>.</summary>
public sealed record ArticleSubmission(string Source, ArticleFormat Format, string SourceName, string? SourceUrl = null, DateTimeOffset? FetchedAt = null);

/// <summary>Why an article cannot be added or changed, for the reader; <see cref="Status"/> is the HTTP answer.</summary>
public sealed class LibraryRefusal(string message, int status = StatusCodes.Status400BadRequest, TimeSpan? retryAfter = null) : Exception(message)
{
    public int Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>
/// Readers' own articles: adding one (checks, quotas and the rate limit, then a reserved slug and a queued job, in one
/// transaction) and what owners and admins change about it later.
/// </summary>
public sealed partial class ArticleLibrary(
    ReaderDbContext db,
    ArticleStore store,
    IngestSignal signal,
    ArticleAddLimiter limiter,
    IOptions<LibraryOptions> options,
    TimeProvider clock,
    IEnumerable<IArticleChangeListener> listeners,
    ILogger<ArticleLibrary> logger)
{
    private const int SlugAttempts = 50;

    private readonly LibraryOptions _options = options.Value;

    /// <summary>Queues a new article of <paramref name="ownerId"/>; it is readable once the job is done.</summary>
    /// <exception cref="LibraryRefusal">The text, a quota or the rate limit refuses it; nothing was stored.</exception>
    public async Task<IngestJob> AddAsync(string ownerId, ArticleSubmission submission, ArticleVisibility visibility, CancellationToken cancellationToken = default)
    {
        Limit(ownerId);
        var bytes = Encoding.UTF8.GetByteCount(submission.Source);
        var owned = db.Listings.Where(l => l.OwnerId == ownerId && l.ArchivedAt == null);
        var count = await owned.CountAsync(cancellationToken);
        if (count >= _options.MaxArticlesPerReader)
        {
            throw new LibraryRefusal($"You keep {count} articles, the most a reader may; delete one to add another.");
        }

        await CheckSpaceAsync(owned, bytes, cancellationToken);
        var title = ReadTitle(submission);
        var slugBase = SlugMaker.FromTitle(title ?? Path.GetFileNameWithoutExtension(submission.SourceName));
        slugBase = string.IsNullOrEmpty(slugBase) ? "article" : slugBase;
        for (var attempt = 1; attempt <= SlugAttempts; attempt++)
        {
            var slug = attempt == 1 ? slugBase : $"{slugBase}-{attempt.ToString(CultureInfo.InvariantCulture)}";
            if (await db.Listings.AnyAsync(l => l.Slug == slug, cancellationToken) || await db.Articles.AnyAsync(a => a.Slug == slug, cancellationToken))
            {
                continue;
            }

            db.Listings.Add(new ArticleListing
            {
                Slug = slug,
                OwnerId = ownerId,
                Visibility = visibility,
                AddedAt = clock.GetUtcNow().UtcDateTime,
                SourceUrl = submission.SourceUrl,
                FetchedAt = submission.FetchedAt,
                Bytes = bytes,
            });
            var job = NewJob(ownerId, slug, submission);
            try
            {
                // The listing (which reserves the slug) and its job are written together or not at all.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another reader's article took the slug between the check and the write: try the next one.
                db.ChangeTracker.Clear();
                continue;
            }

            LogQueued(logger, job.Id, slug, ownerId);
            signal.Wake();
            return job;
        }

        throw new LibraryRefusal($"Too many articles are called “{slugBase}”; give this one another title.");
    }

    /// <summary>Queues a new revision of an article the viewer manages: notes re-anchor when it is stored.</summary>
    public async Task<IngestJob> AddRevisionAsync(ArticleListing listing, string readerId, ArticleSubmission submission, CancellationToken cancellationToken = default)
    {
        Limit(readerId);
        var bytes = Encoding.UTF8.GetByteCount(submission.Source);
        if (listing.OwnerId is { } ownerId)
        {
            await CheckSpaceAsync(db.Listings.Where(l => l.OwnerId == ownerId && l.ArchivedAt == null && l.Slug != listing.Slug), bytes, cancellationToken);
        }

        ReadTitle(submission);
        var tracked = await db.Listings.SingleAsync(l => l.Slug == listing.Slug, cancellationToken);
        tracked.Bytes = bytes;
        tracked.SourceUrl = submission.SourceUrl ?? tracked.SourceUrl;
        tracked.FetchedAt = submission.FetchedAt ?? tracked.FetchedAt;
        var job = NewJob(listing.OwnerId ?? readerId, listing.Slug, submission);
        await db.SaveChangesAsync(cancellationToken);
        LogQueued(logger, job.Id, listing.Slug, readerId);
        signal.Wake();
        return job;
    }

    /// <summary>The owner's title, for every revision and the ones still to come.</summary>
    public async Task RenameAsync(string slug, string? title, CancellationToken cancellationToken = default)
    {
        title = title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > ArticleListing.MaxTitleLength)
        {
            throw new LibraryRefusal($"A title needs between 1 and {ArticleListing.MaxTitleLength} characters.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Listings.Where(l => l.Slug == slug).ExecuteUpdateAsync(set => set.SetProperty(l => l.Title, title), cancellationToken);
        await db.Articles.Where(a => a.Slug == slug).ExecuteUpdateAsync(set => set.SetProperty(a => a.Title, title), cancellationToken);
        if (await store.LoadDocumentAsync(slug, cancellationToken) is { } current)
        {
            await listeners.ChangeStoringAsync(current, ArticleChange.Listing, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await ChangedAsync(slug, cancellationToken);
    }

    public Task SetVisibilityAsync(string slug, ArticleVisibility visibility, CancellationToken cancellationToken = default) =>
        UpdateAsync(slug, l => l.Visibility = visibility, cancellationToken);

    /// <summary>Comma-separated tags, normalized as notes' tags are.</summary>
    public Task SetTagsAsync(string slug, string? tags, CancellationToken cancellationToken = default) =>
        UpdateAsync(slug, l => l.Tags = Tags.Normalize(tags), cancellationToken);

    public Task SetFeaturedAsync(string slug, bool featured, CancellationToken cancellationToken = default) =>
        UpdateAsync(slug, l => l.Featured = featured, cancellationToken);

    public Task SetHiddenAsync(string slug, bool hidden, CancellationToken cancellationToken = default) =>
        UpdateAsync(slug, l => l.Hidden = hidden, cancellationToken);

    /// <summary>Deleting archives: the article is gone for readers, while every note on it is kept and stays exportable.</summary>
    public Task ArchiveAsync(string slug, CancellationToken cancellationToken = default) =>
        UpdateAsync(slug, l => l.ArchivedAt = clock.GetUtcNow().UtcDateTime, cancellationToken);

    private async Task UpdateAsync(string slug, Action<ArticleListing> change, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.SingleAsync(l => l.Slug == slug, cancellationToken);
        change(listing);
        await db.SaveChangesAsync(cancellationToken);
        await ChangedAsync(slug, cancellationToken);
    }

    /// <summary>Who may see it changed: cached pages of it, and the library, are dropped.</summary>
    private async Task ChangedAsync(string slug, CancellationToken cancellationToken)
    {
        await listeners.ArticleChangedAsync(slug, ArticleChange.Listing, cancellationToken);
    }

    private void Limit(string readerId)
    {
        using var lease = limiter.Limiter.AttemptAcquire(readerId);
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _options.AddWindow;
            throw new LibraryRefusal(
                $"You have added {_options.AddsPerWindow} articles in the last {Describe(_options.AddWindow)}, the most a reader may; try again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} seconds.",
                StatusCodes.Status429TooManyRequests,
                retryAfter);
        }
    }

    private async Task CheckSpaceAsync(IQueryable<ArticleListing> kept, long bytes, CancellationToken cancellationToken)
    {
        var used = await kept.SumAsync(l => l.Bytes, cancellationToken);
        var limit = _options.MaxMegabytesPerReader * 1024L * 1024L;
        if (used + bytes > limit)
        {
            throw new LibraryRefusal(
                $"Your articles take {used / (1024.0 * 1024.0):0.0} MB and this one {bytes / (1024.0 * 1024.0):0.0} MB; a reader may keep {_options.MaxMegabytesPerReader} MB. Delete an article to make room.");
        }
    }

    private static string? ReadTitle(ArticleSubmission submission)
    {
        try
        {
            return IngestionPipeline.ReadTitle(submission.Source, submission.Format);
        }
        catch (IngestionException e)
        {
            throw new LibraryRefusal(e.Message);
        }
    }

    private IngestJob NewJob(string ownerId, string slug, ArticleSubmission submission)
    {
        var job = new IngestJob
        {
            OwnerId = ownerId,
            Slug = slug,
            SourceName = submission.SourceName.Length > 260 ? submission.SourceName[..260] : submission.SourceName,
            Format = submission.Format,
            Source = submission.Source,
            Status = IngestJobStatus.Queued,
            Stage = IngestionStage.Queued,
            AddedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.IngestJobs.Add(job);
        return job;
    }

    private static string Describe(TimeSpan window) =>
        window == TimeSpan.FromMinutes(1) ? "minute" : window.TotalMinutes >= 1 ? $"{window.TotalMinutes:0} minutes" : $"{window.TotalSeconds:0} seconds";

    [LoggerMessage(LogLevel.Information, "Ingest job {JobId} queued for {Slug} by {UserId}")]
    private static partial void LogQueued(ILogger logger, int jobId, string slug, string userId);
}

/// <summary>The per-reader fixed window on adds, shared by every request of this instance.</summary>
public sealed class ArticleAddLimiter : IDisposable
{
    public ArticleAddLimiter(IOptions<LibraryOptions> options)
    {
        var settings = options.Value;
        Limiter = PartitionedRateLimiter.Create<string, string>(reader => RateLimitPartition.GetFixedWindowLimiter(reader, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.AddsPerWindow,
            Window = settings.AddWindow,
            QueueLimit = 0,
        }));
    }

    public PartitionedRateLimiter<string> Limiter { get; }

    public void Dispose() => Limiter.Dispose();
}

/// <summary>Wakes idle ingest workers of this instance when a job is added, so it starts within moments.</summary>
public sealed class IngestSignal : IDisposable
{
    private readonly SemaphoreSlim _jobs = new(0);

    public void Wake() => _jobs.Release();

    /// <summary>Waits for a wake-up or the poll interval, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _jobs.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _jobs.Dispose();
}
