using System.Globalization;
using ArticleReader.Data;
using ArticleReader.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Library;

/// <summary>What the status page and its JSON show of a job (never its text, which may be megabytes).</summary>
public sealed record IngestJobState(int Id, string Slug, string SourceName, IngestJobStatus Status, IngestionStage Stage, string? Error);

/// <summary>Reading ingest jobs as their reader (or an admin) may: anyone else is told nothing of them.</summary>
public static class IngestJobs
{
    /// <summary>The stages a reader watches, in order (<see cref="IngestionStage.Done"/> ends them).</summary>
    public static IReadOnlyList<IngestionStage> Stages { get; } =
        [IngestionStage.Queued, IngestionStage.Reading, IngestionStage.FindingSentences, IngestionStage.RecognizingNamesAndClaims, IngestionStage.Storing];

    public static Task<IngestJobState?> FindAsync(ReaderDbContext db, int id, Viewer viewer, CancellationToken cancellationToken = default) =>
        db.IngestJobs
            .Where(j => j.Id == id && (viewer.IsAdmin || (viewer.UserId != null && j.OwnerId == viewer.UserId)))
            .Select(j => new IngestJobState(j.Id, j.Slug, j.SourceName, j.Status, j.Stage, j.Error))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The newest job of an article, for its status on the library's cards.</summary>
    public static Task<IngestJob?> LatestAsync(ReaderDbContext db, string slug, CancellationToken cancellationToken = default) =>
        db.IngestJobs.AsNoTracking().Where(j => j.Slug == slug).OrderByDescending(j => j.Id).FirstOrDefaultAsync(cancellationToken);

    public static string StageName(IngestionStage stage) => stage switch
    {
        IngestionStage.Queued => "queued",
        IngestionStage.Reading => "reading",
        IngestionStage.FindingSentences => "finding sentences",
        IngestionStage.RecognizingNamesAndClaims => "recognizing names and claims",
        IngestionStage.Storing => "storing",
        _ => "done",
    };

    public static string Link(int id) => $"/library/jobs/{id.ToString(CultureInfo.InvariantCulture)}";
}
