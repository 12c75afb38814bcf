using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ArticleReader.Data;

/// <summary>
/// The model of <see cref="ReaderDbContext"/> on PostgreSQL, with its migrations in <c>Data/Migrations/Postgres</c>,
/// and the data-protection keys that several instances share (so a cookie or antiforgery token one instance made is
/// valid on the others). Full-text search lives in tables and columns the migrations make (see <c>PostgresSearchIndex</c>).
/// </summary>
public sealed class PostgresReaderDbContext(DbContextOptions<PostgresReaderDbContext> options) : ReaderDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // timestamptz keeps only the instant, and the dateline's own UTC offset is what the reading page shows: the
        // round-trip text keeps both, as SQLite stores every DateTimeOffset.
        modelBuilder.Entity<Article>().Property(a => a.Published).HasConversion(
            v => v.HasValue ? v.Value.ToString("o", System.Globalization.CultureInfo.InvariantCulture) : null,
            v => v == null ? null : DateTimeOffset.Parse(v, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind))
            .HasMaxLength(40);
    }
}

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgresReaderDbContext</c> build the model without a server or the
/// app's configuration: making a migration only needs the provider, never a connection.
/// </summary>
public sealed class PostgresReaderDbContextDesignFactory : IDesignTimeDbContextFactory<PostgresReaderDbContext>
{
    public PostgresReaderDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresReaderDbContext>().UseNpgsql("Host=localhost;Database=articlereader").Options);
}
