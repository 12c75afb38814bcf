using ArticleReader.Data;
using ArticleReader.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Library;

/// <summary>
/// Hands queued jobs to workers so that no two workers, in this instance or another on the same database, ever run the
/// same job, and gives back the jobs whose worker went silent. A database provider with row locks can do the same
/// with its own statements; this is the only place that decides how.
/// </summary>
public interface IIngestJobClaimer
{
    /// <summary>Claims the oldest queued job for <paramref name="worker"/> until <paramref name="leaseUntil"/>; null when none is queued.</summary>
    Task<int?> ClaimNextAsync(string worker, DateTime now, DateTime leaseUntil, CancellationToken cancellationToken);

    /// <summary>Extends the lease of a job the worker still holds; false when it holds it no more.</summary>
    Task<bool> RenewAsync(int jobId, string worker, DateTime leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Jobs still running when their lease ran out (their worker stopped): queued again while they have attempts left,
    /// failed with the reason otherwise. Returns how many it recovered.
    /// </summary>
    Task<int> RecoverAbandonedAsync(DateTime now, int maxAttempts, CancellationToken cancellationToken);
}

/// <summary>
/// What every provider shares: renewing a lease and recovering abandoned jobs are plain conditional updates; only the
/// claim itself is the provider's own.
/// </summary>
public abstract class IngestJobClaimer(ReaderDbContext db) : IIngestJobClaimer
{
    public const string InterruptedTwice = "The app stopped while ingesting this article, on every attempt; add it again.";

    protected ReaderDbContext Db => db;

    public abstract Task<int?> ClaimNextAsync(string worker, DateTime now, DateTime leaseUntil, CancellationToken cancellationToken);

    public async Task<bool> RenewAsync(int jobId, string worker, DateTime leaseUntil, CancellationToken cancellationToken) =>
        await Db.IngestJobs
            .Where(j => j.Id == jobId && j.Status == IngestJobStatus.Running && j.ClaimedBy == worker)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseUntil, leaseUntil), cancellationToken) == 1;

    public async Task<int> RecoverAbandonedAsync(DateTime now, int maxAttempts, CancellationToken cancellationToken)
    {
        var abandoned = Db.IngestJobs.Where(j => j.Status == IngestJobStatus.Running && j.LeaseUntil < now);
        // Idle workers look often: looking only reads, and writes happen when there is something to recover.
        if (!await abandoned.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var failed = await abandoned
            .Where(j => j.Attempts >= maxAttempts)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(j => j.Status, IngestJobStatus.Failed)
                    .SetProperty(j => j.Error, InterruptedTwice)
                    .SetProperty(j => j.FinishedAt, now)
                    .SetProperty(j => j.ClaimedBy, (string?)null),
                cancellationToken);
        var requeued = await abandoned
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(j => j.Status, IngestJobStatus.Queued)
                    .SetProperty(j => j.Stage, IngestionStage.Queued)
                    .SetProperty(j => j.ClaimedBy, (string?)null)
                    .SetProperty(j => j.LeaseUntil, (DateTime?)null),
                cancellationToken);
        return failed + requeued;
    }
}

/// <summary>
/// SQLite: a conditional <c>UPDATE … WHERE Id = @candidate AND Status = 'Queued'</c> is the claim. SQLite runs one
/// writer at a time, so of two workers that picked the same candidate exactly one updates a row; the other looks again.
/// </summary>
public sealed class SqliteIngestJobClaimer(ReaderDbContext db) : IngestJobClaimer(db)
{
    public override async Task<int?> ClaimNextAsync(string worker, DateTime now, DateTime leaseUntil, CancellationToken cancellationToken)
    {
        while (true)
        {
            var candidate = await Db.IngestJobs
                .Where(j => j.Status == IngestJobStatus.Queued)
                .OrderBy(j => j.Id)
                .Select(j => (int?)j.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                return null;
            }

            var claimed = await Db.IngestJobs
                .Where(j => j.Id == candidate && j.Status == IngestJobStatus.Queued)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(j => j.Status, IngestJobStatus.Running)
                        .SetProperty(j => j.ClaimedBy, worker)
                        .SetProperty(j => j.LeaseUntil, leaseUntil)
                        .SetProperty(j => j.StartedAt, now)
                        .SetProperty(j => j.Attempts, j => j.Attempts + 1),
                    cancellationToken);
            if (claimed == 1)
            {
                return candidate;
            }
        }
    }
}

/// <summary>
/// PostgreSQL: one statement picks the oldest queued job with <c>FOR UPDATE SKIP LOCKED</c> and marks it running, so
/// workers of any number of instances claim different jobs at once, none waiting on another's row lock.
/// </summary>
public sealed class PostgresIngestJobClaimer(ReaderDbContext db) : IngestJobClaimer(db)
{
    public override async Task<int?> ClaimNextAsync(string worker, DateTime now, DateTime leaseUntil, CancellationToken cancellationToken)
    {
        var queued = nameof(IngestJobStatus.Queued);
        var running = nameof(IngestJobStatus.Running);
        var claimed = await Db.Database.SqlQuery<int>($"""
            UPDATE "IngestJobs" SET "Status" = {running}, "ClaimedBy" = {worker}, "LeaseUntil" = {leaseUntil}, "StartedAt" = {now}, "Attempts" = "Attempts" + 1
            WHERE "Id" = (SELECT "Id" FROM "IngestJobs" WHERE "Status" = {queued} ORDER BY "Id" LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }
}
