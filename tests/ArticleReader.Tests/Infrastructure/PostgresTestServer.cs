using Npgsql;

namespace ArticleReader.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the provider tests run on, named by <see cref="Variable"/> (<c>.ci/run</c> starts a throwaway
/// one with <c>tools/postgres/throwaway.sh</c>). Each app under test gets a database of its own, dropped afterwards.
/// Without the variable the tests are skipped, except under <c>CI=true</c>, where they run and fail saying why.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "READER_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why PostgreSQL tests are skipped here; null when they run.</summary>
    public static string? SkipReason => ConnectionString is null && !IsRequired
        ? $"PostgreSQL tests need a server: run `eval \"$(tools/postgres/throwaway.sh start /tmp/reader-pg)\"` to set {Variable} (CI=true makes this a failure)."
        : null;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var server = ConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set, and CI=true requires the PostgreSQL tests: .ci/run starts a throwaway server with tools/postgres/throwaway.sh.");
        var name = $"reader_test_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the database, ending the sessions that an app's pool still holds on it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        Execute(ConnectionString!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
