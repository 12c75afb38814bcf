using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Data;

/// <summary>The connection settings are sent once per physical connection, and hold on every open from the pool.</summary>
public sealed class SqlitePragmasTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_pooled_connection_keeps_its_settings_and_a_new_one_gets_them()
    {
        var options = new DbContextOptionsBuilder<ReaderDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_temp.Path, "pragmas.db")}")
            .AddInterceptors(new SqlitePragmas())
            .Options;

        Assert.Equal(("wal", 1L), await SettingsAsync(options, then: "PRAGMA synchronous=FULL"));
        // The same native connection again, from the pool: not set up again, so the FULL set above is still there.
        Assert.Equal(("wal", 2L), await SettingsAsync(options));

        SqliteConnection.ClearAllPools();
        Assert.Equal(("wal", 1L), await SettingsAsync(options));
    }

    /// <summary>Opens a context's connection, reads the journal mode and synchronous level, then runs <paramref name="then"/>.</summary>
    private static async Task<(string Journal, long Synchronous)> SettingsAsync(DbContextOptions<ReaderDbContext> options, string? then = null)
    {
        await using var db = new ReaderDbContext(options);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA journal_mode";
        var journal = (string)(await read.ExecuteScalarAsync())!;
        read.CommandText = "PRAGMA synchronous";
        var synchronous = (long)(await read.ExecuteScalarAsync())!;
        if (then is not null)
        {
            read.CommandText = then;
            await read.ExecuteNonQueryAsync();
        }

        await db.Database.CloseConnectionAsync();
        return (journal, synchronous);
    }
}
