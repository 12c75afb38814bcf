using ArticleReader.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace ArticleReader.Web;

/// <summary>
/// What several instances on one PostgreSQL database must share: the data-protection keys (kept in the database, so
/// a sign-in cookie or antiforgery token made by one instance is valid on every other) and the changes of articles
/// (sent to every instance with <c>NOTIFY</c>, where its own change listeners hear them as if made there). On SQLite,
/// the one-instance default, nothing changes.
/// </summary>
public static partial class SharedInstances
{
    /// <summary>The channel on which instances tell each other which articles changed.</summary>
    public const string ChangeChannel = "reader_changes";

    /// <summary>
    /// The application name that data protection isolates keys by; by default it is the content root, which differs
    /// between instances installed in different folders.
    /// </summary>
    public const string ApplicationName = "ArticleReader";

    /// <summary>Called after the other services' change listeners are added, so that this instance hears a change first.</summary>
    public static IServiceCollection AddSharedInstances(this IServiceCollection services, IConfiguration configuration)
    {
        if (DatabaseSettings.ProviderFrom(configuration) != DatabaseProvider.Postgres)
        {
            return services;
        }

        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<PostgresReaderDbContext>();
        services.AddSingleton<ChangeBroadcast>();
        services.AddSingleton<IArticleChangeListener>(sp => sp.GetRequiredService<ChangeBroadcast>());
        services.AddHostedService<ChangeReceiver>();
        return services;
    }

    /// <summary>A committed change as it travels between instances: who sent it, what changed, of which article.</summary>
    internal readonly record struct ChangeMessage(string Sender, ArticleChange Change, string Slug)
    {
        private const char Separator = '\n';

        public override string ToString() => string.Join(Separator, Sender, Change, Slug);

        public static ChangeMessage? Parse(string payload) =>
            payload.Split(Separator, 3) is [var sender, var change, var slug] && Enum.TryParse<ArticleChange>(change, out var kind)
                ? new(sender, kind, slug)
                : null;
    }

    /// <summary>
    /// Tells the other instances of every change committed here, once this instance's own listeners have heard it. A
    /// change waits until a <c>NOTIFY</c> sent after its commit carries it; changes committed while one is on its way
    /// go together in the next, each distinct message once (as the server would deliver them anyway), so note writes
    /// at once cost one round trip and one notification to each instance between them, not one each.
    /// </summary>
    internal sealed class ChangeBroadcast(NpgsqlDataSource dataSource) : IArticleChangeListener
    {
        private readonly Lock _gate = new();
        private List<(ChangeMessage Message, TaskCompletionSource Sent)> _waiting = [];
        private bool _sending;

        /// <summary>Tells this instance's messages apart from the others' in the channel.</summary>
        public string InstanceId { get; } = Guid.NewGuid().ToString("N");

        public Task ArticleChangedAsync(string slug, ArticleChange change, CancellationToken cancellationToken)
        {
            var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            bool start;
            lock (_gate)
            {
                _waiting.Add((new ChangeMessage(InstanceId, change, slug), sent));
                start = !_sending;
                _sending = true;
            }

            if (start)
            {
                // The sender never throws: a failed NOTIFY fails the changes it carried, as their own sending would.
                _ = Task.Run(SendWaitingAsync, CancellationToken.None);
            }

            return sent.Task.WaitAsync(cancellationToken);
        }

        /// <summary>Sends what waits, again and again, until nothing does.</summary>
        private async Task SendWaitingAsync()
        {
            while (true)
            {
                List<(ChangeMessage Message, TaskCompletionSource Sent)> changes;
                lock (_gate)
                {
                    if (_waiting.Count == 0)
                    {
                        _sending = false;
                        return;
                    }

                    (changes, _waiting) = (_waiting, []);
                }

                try
                {
                    await using var batch = dataSource.CreateBatch();
                    foreach (var message in changes.Select(c => c.Message).Distinct())
                    {
                        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, $2)")
                        {
                            Parameters = { new() { Value = ChangeChannel }, new() { Value = message.ToString() } },
                        });
                    }

                    await batch.ExecuteNonQueryAsync();
                    changes.ForEach(c => c.Sent.SetResult());
                }
                catch (Exception e)
                {
                    changes.ForEach(c => c.Sent.SetException(e));
                }
            }
        }
    }

    /// <summary>
    /// Listens on <see cref="ChangeChannel"/> and tells this instance's change listeners (all but the broadcast) of
    /// what the others committed, exactly as they hear a change made here: a note evicts the article's cached pages,
    /// a listing or revision also the library's and the remembered listing, so a listing made private on one instance
    /// is private on all. A message sent while the connection was down is lost, so after every (re)connection the
    /// whole page cache is dropped (every entry carries the library tag); remembered listings then expire with
    /// <see cref="ReaderOptions.PageCacheDuration"/>.
    /// </summary>
    private sealed partial class ChangeReceiver(ChangeBroadcast broadcast, IServiceScopeFactory scopes, IOutputCacheStore cache, NpgsqlDataSource dataSource, ILogger<ChangeReceiver> logger)
        : BackgroundService
    {
        /// <summary>How long to wait before listening again after the connection failed (a restart of the server).</summary>
        private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await ListenAsync(stoppingToken);
                }
                catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
                {
                    LogListenFailed(logger, e);
                    await Task.Delay(ReconnectDelay, stoppingToken);
                }
            }
        }

        private async Task ListenAsync(CancellationToken stoppingToken)
        {
            var changes = new Queue<ChangeMessage>();
            await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
            connection.Notification += (_, e) =>
            {
                if (ChangeMessage.Parse(e.Payload) is { } message && message.Sender != broadcast.InstanceId)
                {
                    changes.Enqueue(message);
                }
            };
            try
            {
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangeChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                await cache.EvictByTagAsync(PageCaching.LibraryTag, stoppingToken);
                while (true)
                {
                    // Notifications are raised inside WaitAsync, on this task, so the queue needs no lock.
                    await connection.WaitAsync(stoppingToken);
                    if (changes.Count > 0)
                    {
                        await HearAsync(changes, stoppingToken);
                    }
                }
            }
            finally
            {
                // A connection that listened is closed, not pooled: connections go back to the pool without a reset
                // (DatabaseServices.PostgresConnectionString), and the next to borrow it would still be listening.
                NpgsqlConnection.ClearPool(connection);
            }
        }

        /// <summary>Tells the listeners of one scope (some are scoped) of the changes received, in the order they were committed.</summary>
        private async Task HearAsync(Queue<ChangeMessage> changes, CancellationToken stoppingToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            var listeners = scope.ServiceProvider.GetServices<IArticleChangeListener>().Where(l => l != broadcast).ToList();
            while (changes.TryDequeue(out var message))
            {
                await listeners.ArticleChangedAsync(message.Slug, message.Change, stoppingToken);
            }
        }

        [LoggerMessage(LogLevel.Warning, "Listening for other instances' changes failed; listening again")]
        private static partial void LogListenFailed(ILogger logger, Exception exception);
    }
}
