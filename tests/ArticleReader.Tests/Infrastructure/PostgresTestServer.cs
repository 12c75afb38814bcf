using ArticleReader.Data;
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

    /// <summary>
    /// The migrations and the seeds, done once per test run by a real app start: a database made from it is what a
    /// fresh app leaves, and an app starting on it finds the seeds stored instead of ingesting them again.
    /// </summary>
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Creates a database and returns its connection string: a copy of the migrated and seeded template, or with
    /// <paramref name="empty"/> one with nothing in it, for tests of what start-up does.
    /// </summary>
    public static string CreateDatabase(bool empty = false)
    {
        var server = Server;
        var name = $"reader_test_{Guid.NewGuid():N}";
        Execute(server, empty ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {Template.Value}");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the database, ending the sessions that an app's pool still holds on it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        Execute(ConnectionString!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static string Server => ConnectionString ?? throw new InvalidOperationException(
        $"{Variable} is not set, and CI=true requires the PostgreSQL tests: .ci/run starts a throwaway server with tools/postgres/throwaway.sh.");

    private static string CreateTemplate()
    {
        var template = CreateDatabase(empty: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropDatabase(template);
        using (var app = ReaderAppFactory.For(DatabaseProvider.Postgres))
        {
            app.Settings["ConnectionStrings:Default"] = template;
            app.CreateClient().Dispose();
        }

        return new NpgsqlConnectionStringBuilder(template).Database!;
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
