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
        }
    }
}
