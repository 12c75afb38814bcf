using Npgsql;

namespace ArticleReader.Data;

/// <summary>
/// A session-level PostgreSQL advisory lock, held on its own connection until disposed (or until the process dies and
/// the server ends the session, so a crashed instance never leaves it held).
/// </summary>
public sealed class PostgresAdvisoryLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private PostgresAdvisoryLock(NpgsqlConnection connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    /// <summary>Waits until the lock is free and takes it.</summary>
    public static async Task<PostgresAdvisoryLock> AcquireAsync(NpgsqlDataSource dataSource, long key, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            // No command timeout: the wait lasts as long as the holder's work (another instance's migrations and seeds).
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection) { CommandTimeout = 0, Parameters = { new() { Value = key } } };
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PostgresAdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", _connection) { Parameters = { new() { Value = _key } } };
            await command.ExecuteNonQueryAsync();
        }
        catch
        {
            // Ending the session releases the lock even when unlocking failed: pooled connections are handed back
            // without a reset (DatabaseServices.PostgresConnectionString), so this one is closed, not pooled.
            NpgsqlConnection.ClearPool(_connection);
            throw;
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
