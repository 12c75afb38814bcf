using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Formats;

namespace ArticleReader.Data;

public enum IngestJobStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// A text waiting to be ingested (or being, or done) in the background, for the reader who added it. The row holds
/// the decoded text, so a job survives a restart; a worker claims it (see <c>IIngestJobClaimer</c>) under a lease that
/// it renews, and a job whose lease ran out is retried once, then failed with its reason.
/// </summary>
public sealed class IngestJob
{
    public const int MaxErrorLength = 500;

    public int Id { get; set; }

    public required string OwnerId { get; set; }

    /// <summary>The article it stores a revision of (reserved when the job is added, so two jobs never share one).</summary>
    public required string Slug { get; set; }

    /// <summary>The file name, or the address's last segment, for the revision's source name.</summary>
    public required string SourceName { get; set; }

    public ArticleFormat Format { get; set; }

    /// <summary>The verbatim text (already checked by <c>SourceDecoder</c>); emptied once stored.</summary>
    public required string Source { get; set; }

    public IngestJobStatus Status { get; set; }

    public IngestionStage Stage { get; set; }

    /// <summary>How many times a worker claimed it.</summary>
    public int Attempts { get; set; }

    /// <summary>Why it failed, in words for the reader.</summary>
    public string? Error { get; set; }

    /// <summary>The worker that holds it, until <see cref="LeaseUntil"/> (UTC).</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? LeaseUntil { get; set; }

    public DateTime AddedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}
