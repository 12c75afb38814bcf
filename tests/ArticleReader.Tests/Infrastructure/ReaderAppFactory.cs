using ArticleReader.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Infrastructure;

/// <summary>
/// The real app over a private database: in-memory SQLite that lives as long as the factory keeps its connection open,
/// or (<see cref="PostgresAppFactory"/>) a PostgreSQL database of its own on <see cref="PostgresTestServer"/>, made when
/// the host starts and dropped with the factory. Start-up applies the migrations and ingests the repository's seeds,
/// as in production.
/// </summary>
public class ReaderAppFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection? _keepAlive;
    private readonly Lazy<string> _connectionString;

    public ReaderAppFactory()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected ReaderAppFactory(DatabaseProvider provider)
    {
        Provider = provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            var memory = $"Data Source=file:reader-{Guid.NewGuid():N}?mode=memory&cache=shared";
            _keepAlive = new SqliteConnection(memory);
            _keepAlive.Open();
            _connectionString = new(memory);
        }
        else
        {
            _connectionString = new(() => PostgresTestServer.CreateDatabase());
        }

        Settings[DatabaseSettings.ProviderKey] = provider.ToString();
        MailFolder = Path.Combine(Path.GetTempPath(), $"reader-mail-{Guid.NewGuid():N}");
        // Defaults a test may override: the address absolute URLs are made on, the folder account mail goes to, and an
        // attempt limit that the many sign-ups of a test class do not reach (one client address: the test server's).
        Settings["Reader:PublicBaseUrl"] = PublicBaseUrl;
        Settings["Accounts:MailPickupPath"] = MailFolder;
        Settings["Accounts:AttemptsPerWindow"] = "10000";
    }

    public const string PublicBaseUrl = "http://localhost";

    /// <summary>Where the app writes account mail (confirmation links).</summary>
    public string MailFolder { get; }

    /// <summary>The messages sent to <paramref name="email"/>, oldest first.</summary>
    public IReadOnlyList<string> MailTo(string email) =>
        Directory.Exists(MailFolder)
            ? [.. Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllText)
                .Where(m => m.Contains($"To: {email}\r\n", StringComparison.Ordinal))]
            : [];

    /// <summary>The path and query of the confirmation link last mailed to <paramref name="email"/>.</summary>
    public string ConfirmationLink(string email)
    {
        var message = MailTo(email).Last(m => m.Contains("/account/confirm?", StringComparison.Ordinal));
        var start = message.IndexOf("/account/confirm?", StringComparison.Ordinal);
        return message[start..message.IndexOf('\r', start)];
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The factory's own database (a PostgreSQL one is made on first use); settings may point the app elsewhere.</summary>
    public string ConnectionString => _connectionString.Value;

    /// <summary>A factory for the provider: this one for SQLite, <see cref="PostgresAppFactory"/> for PostgreSQL.</summary>
    public static ReaderAppFactory For(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? new ReaderAppFactory() : new PostgresAppFactory();

    /// <summary>Settings a test adds before the host starts (for example another seeds folder).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public async Task<T> WithDbAsync<T>(Func<ReaderDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReaderDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (!Settings.ContainsKey("ConnectionStrings:Default"))
        {
            builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _keepAlive?.Dispose();
            if (Provider == DatabaseProvider.Postgres && _connectionString.IsValueCreated)
            {
                PostgresTestServer.DropDatabase(_connectionString.Value);
            }

            if (Directory.Exists(MailFolder))
            {
                Directory.Delete(MailFolder, recursive: true);
            }
        }
    }
}

/// <summary>The app on a PostgreSQL database of its own: the fixture of the provider tests' PostgreSQL runs.</summary>
public sealed class PostgresAppFactory() : ReaderAppFactory(DatabaseProvider.Postgres);
