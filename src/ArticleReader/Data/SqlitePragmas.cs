using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace ArticleReader.Data;

/// <summary>
/// Sets up every SQLite connection for concurrent readers and writers: write-ahead logging, so readers never wait for a
/// writer, and a busy timeout, so a writer waits for another writer's lock instead of failing at once with SQLITE_BUSY.
/// With write-ahead logging, <c>synchronous=NORMAL</c> syncs the log at checkpoints rather than at every commit: a
/// committed note survives the process being killed (the reliability tests kill it), and a power cut can lose at
/// most the last commits, never the file's consistency. It makes a note write several times cheaper. The settings
/// hold for the connection's life, so they are sent once per physical connection, not at each open from the pool:
/// sent at each open, they cost more than a page's small queries.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    /// <summary>In-memory databases answer <c>memory</c> to the journal mode and keep working as before.</summary>
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    /// <summary>The native connections already set up; one that the pool closes is forgotten with it.</summary>
    private readonly ConditionalWeakTable<sqlite3, object> _prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsPrepared(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Remember(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsPrepared(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(connection);
    }

    private bool IsPrepared(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && _prepared.TryGetValue(handle, out _);

    private void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _prepared.AddOrUpdate(handle, this);
        }
    }
}
