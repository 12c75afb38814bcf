using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ArticleReader.Library;

/// <summary>
/// Runs the ingest jobs readers add, in the background: claims one at a time per worker, reports each stage to the
/// job's row (which the status page shows), renews its lease while it runs, and ends every job as done or failed with
/// its reason. A job that fails never stops the others; a job left running by a stopped instance is recovered once its
/// lease runs out; a job interrupted by shutting down is queued again at once.
/// </summary>
public sealed partial class IngestWorker(
    IServiceScopeFactory scopes,
    IngestionPipeline pipeline,
    IngestSignal signal,
    IngestJobChanges changes,
    IOptions<LibraryOptions> options,
    TimeProvider clock,
    ILogger<IngestWorker> logger) : BackgroundService
{
    private readonly LibraryOptions _options = options.Value;

    /// <summary>This instance's name on the jobs it claims.</summary>
    private readonly string _instance = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, _options.Workers)).Select(i => WorkAsync($"{_instance}#{i}", stoppingToken)));

    private async Task WorkAsync(string worker, CancellationToken stoppingToken)
    {
        // Off the host's start-up path: the app serves while the workers start.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ClaimAsync(worker, stoppingToken) is { } jobId)
                {
                    await RunAsync(jobId, worker, stoppingToken);
                }

                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unavailable; the worker keeps going rather than stopping the host.
                LogWorkerError(logger, worker, e);
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
        }
    }

    private async Task<int?> ClaimAsync(string worker, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var claimer = scope.ServiceProvider.GetRequiredService<IIngestJobClaimer>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (await claimer.RecoverAbandonedAsync(now, _options.MaxAttempts, cancellationToken) is > 0 and var recovered)
        {
            LogRecovered(logger, recovered);
        }

        return await claimer.ClaimNextAsync(worker, now, now + _options.JobLease, cancellationToken);
    }

    private async Task RunAsync(int jobId, string worker, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReaderDbContext>();
        var job = await db.IngestJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, stoppingToken);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewing = RenewWhileRunningAsync(jobId, worker, running.Token);
        try
        {
            var stages = new StageReporter(scopes, changes, clock, _options.JobLease, jobId, worker);
            var parsed = await Task.Run(
                () => pipeline.Parse(job.Source, Path.GetFileNameWithoutExtension(job.SourceName), job.Slug, job.Format, stages), stoppingToken);
            stages.Show(IngestionStage.Storing);
            var result = await scope.ServiceProvider.GetRequiredService<ArticleStore>().SaveAsync(parsed, job.SourceName, stoppingToken);
            await FinishAsync(jobId, worker, IngestJobStatus.Done, null);
            LogDone(logger, jobId, job.Slug, result.Article.Revision, result.Outcome);
        }
        catch (IngestionException e)
        {
            await FinishAsync(jobId, worker, IngestJobStatus.Failed, e.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await RequeueAsync(jobId, worker);
        }
        catch (Exception e)
        {
            LogJobFailure(logger, jobId, job.Slug, e);
            await FinishAsync(jobId, worker, IngestJobStatus.Failed, $"Ingestion failed ({e.GetBaseException().Message}); nothing was stored.");
        }
        finally
        {
            await running.CancelAsync();
            await renewing;
        }
    }

    /// <summary>Keeps the lease while a long stage runs, so no other instance takes the job for abandoned.</summary>
    private async Task RenewWhileRunningAsync(int jobId, string worker, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.JobLease / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await using var scope = scopes.CreateAsyncScope();
                var claimer = scope.ServiceProvider.GetRequiredService<IIngestJobClaimer>();
                await claimer.RenewAsync(jobId, worker, clock.GetUtcNow().UtcDateTime + _options.JobLease, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended.
        }
    }

    /// <summary>Ends the job, if this worker still holds it; the text is dropped once stored.</summary>
    private async Task FinishAsync(int jobId, string worker, IngestJobStatus status, string? error)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReaderDbContext>();
        var reason = error?.Length > IngestJob.MaxErrorLength ? error[..IngestJob.MaxErrorLength] : error;
        var now = clock.GetUtcNow().UtcDateTime;
        var jobs = db.IngestJobs.Where(j => j.Id == jobId && j.ClaimedBy == worker);
        if (status == IngestJobStatus.Done)
        {
            await jobs.ExecuteUpdateAsync(set => set
                .SetProperty(j => j.Status, status)
                .SetProperty(j => j.Stage, IngestionStage.Done)
                .SetProperty(j => j.Source, string.Empty)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null));
        }
        else
        {
            await jobs.ExecuteUpdateAsync(set => set
                .SetProperty(j => j.Status, status)
                .SetProperty(j => j.Error, reason)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null));
        }

        changes.Changed(jobId);
    }

    /// <summary>Shutting down is not the job's fault: it goes back to the queue without using up an attempt.</summary>
    private async Task RequeueAsync(int jobId, string worker)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReaderDbContext>();
        await db.IngestJobs.Where(j => j.Id == jobId && j.ClaimedBy == worker).ExecuteUpdateAsync(set => set
            .SetProperty(j => j.Status, IngestJobStatus.Queued)
            .SetProperty(j => j.Stage, IngestionStage.Queued)
            .SetProperty(j => j.Attempts, j => j.Attempts - 1)
            .SetProperty(j => j.ClaimedBy, (string?)null)
            .SetProperty(j => j.LeaseUntil, (DateTime?)null));
        changes.Changed(jobId);
        LogRequeued(logger, jobId);
    }

    /// <summary>
    /// Writes each stage a reader is shown to the job's row as the pipeline reaches it (the pipeline reports finer phases
    /// and runs synchronously; a phase within the same stage writes nothing).
    /// </summary>
    private sealed class StageReporter(IServiceScopeFactory scopes, IngestJobChanges changes, TimeProvider clock, TimeSpan lease, int jobId, string worker) : IProgress<IngestProgress>
    {
        private IngestionStage _shown = IngestionStage.Queued;

        public void Report(IngestProgress value) => Show(value.Phase switch
        {
            "reading" => IngestionStage.Reading,
            "structure" => IngestionStage.FindingSentences,
            "storing" => IngestionStage.Storing,
            "done" => IngestionStage.Storing,
            _ => IngestionStage.RecognizingNamesAndClaims,
        });

        public void Show(IngestionStage stage)
        {
            if (stage == _shown)
            {
                return;
            }

            _shown = stage;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ReaderDbContext>();
            var leaseUntil = clock.GetUtcNow().UtcDateTime + lease;
            db.IngestJobs.Where(j => j.Id == jobId && j.ClaimedBy == worker)
                .ExecuteUpdate(set => set.SetProperty(j => j.Stage, stage).SetProperty(j => j.LeaseUntil, leaseUntil));
            changes.Changed(jobId);
        }
    }

    [LoggerMessage(LogLevel.Information, "Ingest job {JobId}: {Slug} revision {Revision} ({Outcome})")]
    private static partial void LogDone(ILogger logger, int jobId, string slug, int revision, IngestOutcome outcome);

    [LoggerMessage(LogLevel.Error, "Ingest job {JobId} for {Slug} failed")]
    private static partial void LogJobFailure(ILogger logger, int jobId, string slug, Exception exception);

    [LoggerMessage(LogLevel.Warning, "Ingest job {JobId} queued again: the app is stopping")]
    private static partial void LogRequeued(ILogger logger, int jobId);

    [LoggerMessage(LogLevel.Warning, "{Count} ingest jobs left by a stopped worker were recovered")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(LogLevel.Error, "Ingest worker {Worker} hit an error; it will look for jobs again shortly")]
    private static partial void LogWorkerError(ILogger logger, string worker, Exception exception);
}
