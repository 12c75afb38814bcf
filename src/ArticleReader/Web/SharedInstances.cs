using ArticleReader.Data;
using ArticleReader.Library;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace ArticleReader.Web;

/// <summary>
/// What several instances on one PostgreSQL database must share: the data-protection keys (kept in the database, so
/// a sign-in cookie or antiforgery token made by one instance is valid on every other) and the output cache's
/// evictions (sent to every instance with <c>NOTIFY</c>). On SQLite, the one-instance default, nothing changes.
/// </summary>
public static partial class SharedInstances
{
    /// <summary>The channel on which instances tell each other which cached pages are stale.</summary>
    public const string CacheChannel = "reader_cache";

    /// <summary>
    /// The application name that data protection isolates keys by; by default it is the content root, which differs
    /// between instances installed in different folders.
    /// </summary>
    public const string ApplicationName = "ArticleReader";

    /// <summary>Called after <see cref="PageCaching.AddPageCaching"/>, whose cache store it wraps.</summary>
    public static IServiceCollection AddSharedInstances(this IServiceCollection services, IConfiguration configuration)
    {
        if (DatabaseSettings.ProviderFrom(configuration) != DatabaseProvider.Postgres)
        {
            return services;
        }

        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<PostgresReaderDbContext>();

        var local = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(local);
        services.AddSingleton(sp => new LocalCacheStore(local.ImplementationFactory is { } factory
            ? (IOutputCacheStore)factory(sp)
            : local.ImplementationInstance as IOutputCacheStore ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(sp, local.ImplementationType!)));
        services.AddSingleton<IOutputCacheStore, NotifyingCacheStore>();
        services.AddHostedService<CacheEvictionListener>();
        return services;
    }

    /// <summary>This instance's own in-memory store, which the listener evicts from without telling the others again.</summary>
    public sealed record LocalCacheStore(IOutputCacheStore Store)
    {
        /// <summary>Tells this instance's notifications apart from the others' in the channel.</summary>
        public string InstanceId { get; } = Guid.NewGuid().ToString("N");
    }

    /// <summary>Evicts here, then tells the other instances to evict the same tag.</summary>
    private sealed class NotifyingCacheStore(LocalCacheStore local, NpgsqlDataSource dataSource) : IOutputCacheStore
    {
        public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            await local.Store.EvictByTagAsync(tag, cancellationToken);
            await using var command = dataSource.CreateCommand("SELECT pg_notify($1, $2)");
            command.Parameters.Add(new() { Value = CacheChannel });
            command.Parameters.Add(new() { Value = local.InstanceId + "\n" + tag });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => local.Store.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            local.Store.SetAsync(key, value, tags, validFor, cancellationToken);
    }

    /// <summary>
    /// Listens on <see cref="CacheChannel"/> and evicts what other instances changed, and forgets the listing of an
    /// article whose pages they evicted, which the access step remembers (<see cref="RememberedListings"/>): a listing
    /// made private on one instance is private on all. A notification sent while the connection was down is lost, so
    /// after every (re)connection the whole page cache is dropped (every entry carries the library tag); remembered
    /// listings then expire with <see cref="ReaderOptions.PageCacheDuration"/>.
    /// </summary>
    private sealed partial class CacheEvictionListener(LocalCacheStore local, RememberedListings listings, NpgsqlDataSource dataSource, ILogger<CacheEvictionListener> logger) : BackgroundService
    {
        private static readonly string ArticleTagPrefix = PageCaching.ArticleTag(string.Empty);

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
            var tags = new Queue<string>();
            await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
            connection.Notification += (_, e) =>
            {
                var separator = e.Payload.IndexOf('\n', StringComparison.Ordinal);
                if (separator > 0 && e.Payload[..separator] != local.InstanceId)
                {
                    tags.Enqueue(e.Payload[(separator + 1)..]);
                }
            };
            await using (var listen = new NpgsqlCommand($"LISTEN {CacheChannel}", connection))
            {
                await listen.ExecuteNonQueryAsync(stoppingToken);
            }

            await local.Store.EvictByTagAsync(PageCaching.LibraryTag, stoppingToken);
            while (true)
            {
                // Notifications are raised inside WaitAsync, on this task, so the queue needs no lock.
                await connection.WaitAsync(stoppingToken);
                while (tags.TryDequeue(out var tag))
                {
                    await local.Store.EvictByTagAsync(tag, stoppingToken);
                    if (tag.StartsWith(ArticleTagPrefix, StringComparison.Ordinal))
                    {
                        listings.Forget(tag[ArticleTagPrefix.Length..]);
                    }
                }
            }
        }

        [LoggerMessage(LogLevel.Warning, "Listening for other instances' cache evictions failed; listening again")]
        private static partial void LogListenFailed(ILogger logger, Exception exception);
    }
}
