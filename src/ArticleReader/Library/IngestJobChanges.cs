using System.Collections.Concurrent;

namespace ArticleReader.Library;

/// <summary>
/// Tells the status requests waiting on a job of this instance that its row changed (a stage, done, failed), so the
/// progress page moves on when the worker writes rather than when it next asks.
/// </summary>
public sealed class IngestJobChanges
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _watched = new();

    /// <summary>A task that completes at the job's next change; take it before reading the row.</summary>
    public Task Watch(int jobId) =>
        _watched.GetOrAdd(jobId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Changed(int jobId)
    {
        if (_watched.TryRemove(jobId, out var waiting))
        {
            waiting.TrySetResult();
        }
    }

    /// <summary>Waits for <paramref name="change"/> or the timeout, whichever comes first.</summary>
    public static async Task WaitAsync(Task change, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await change.WaitAsync(timeout, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // Nothing changed here, or the wait was called off: the caller reads the row again and decides.
        }
    }
}
