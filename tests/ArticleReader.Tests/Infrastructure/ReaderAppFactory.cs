using ArticleReader.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Infrastructure;

/// <summary>
/// The real app over a private in-memory SQLite database that lives as long as the factory keeps its connection open.
/// Start-up applies the migrations and ingests the repository's seeds, as in production.
/// </summary>
public sealed class ReaderAppFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _keepAlive;

    public ReaderAppFactory()
    {
        ConnectionString = $"Data Source=file:reader-{Guid.NewGuid():N}?mode=memory&cache=shared";
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
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

    public string ConnectionString { get; }

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
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
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
            _keepAlive.Dispose();
            if (Directory.Exists(MailFolder))
            {
                Directory.Delete(MailFolder, recursive: true);
            }
        }
    }
}
