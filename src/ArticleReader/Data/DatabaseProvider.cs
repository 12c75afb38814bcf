using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Data;

/// <summary>The database the app runs on, from <c>Reader:Database</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>One file, one instance: the embedded default.</summary>
    Sqlite,

    /// <summary>A server that several instances share.</summary>
    Postgres,
}

/// <summary>The provider and its connection string (in the provider's own form), as configured.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = ReaderOptions.SectionName + ":Database";

    /// <summary>Reads the settings; a provider that is neither of the two is refused with the setting's name.</summary>
    public static DatabaseSettings From(IConfiguration configuration, string baseFolder)
    {
        var connectionString = configuration.GetConnectionString("Default") ?? throw new InvalidOperationException("The connection string 'Default' is not set.");
        return ProviderFrom(configuration) == DatabaseProvider.Sqlite
            ? new(DatabaseProvider.Sqlite, ResolveSqlitePath(connectionString, baseFolder))
            : new(DatabaseProvider.Postgres, connectionString);
    }

    /// <summary>The configured provider, <see cref="DatabaseProvider.Sqlite"/> when the setting is absent.</summary>
    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var name = configuration[ProviderKey];
        if (string.IsNullOrEmpty(name) || string.Equals(name, nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        return string.Equals(name, nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : throw new InvalidOperationException($"{ProviderKey} is '{name}': it must be {nameof(DatabaseProvider.Sqlite)} or {nameof(DatabaseProvider.Postgres)}.");
    }

    /// <summary>
    /// Makes a relative SQLite file path absolute against the base folder, and creates its folder,
    /// so the database lands in the same place whatever the working directory.
    /// </summary>
    public static string ResolveSqlitePath(string connectionString, string baseFolder)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || builder.Mode == SqliteOpenMode.Memory)
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(dataSource, baseFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
