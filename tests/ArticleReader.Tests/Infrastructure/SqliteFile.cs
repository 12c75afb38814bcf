using Microsoft.Data.Sqlite;

namespace ArticleReader.Tests.Infrastructure;

/// <summary>Reads a database file directly, on a connection of its own (no pool holds the file afterwards).</summary>
public static class SqliteFile
{
    public static object? Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
