using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ArticleReader.Data;

/// <summary>
/// Sets up every SQLite connection for concurrent readers and writers: write-ahead logging, so readers never wait for a
/// writer, and a busy timeout, so a writer waits for another writer's lock instead of failing at once with SQLITE_BUSY.
/// With write-ahead logging, <c>synchronous=NORMAL</c> syncs the log at checkpoints rather than at every commit: a
/// committed note survives the process being killed (the reliability tests kill it), and a power cut can lose at
/// most the last commits, never the file's consistency. It makes a note write several times cheaper.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    /// <summary>In-memory databases answer <c>memory</c> to the journal mode and keep working as before.</summary>
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
