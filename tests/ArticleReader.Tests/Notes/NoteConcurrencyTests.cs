using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Ingestion;
using ArticleReader.Notes;
using ArticleReader.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Notes;

/// <summary>Concurrent note writers on a real database file, as in production: WAL and the busy timeout keep them all.</summary>
public sealed class NoteConcurrencyTests : IDisposable
{
    private const int Writers = 20;
    private const int NotesPerWriter = 50;

    private readonly TempFolder _temp = new();
    private readonly ReaderAppFactory _factory = new();

    public NoteConcurrencyTests() =>
        _factory.Settings["ConnectionStrings:Default"] = $"Data Source={Path.Combine(_temp.Path, "reader.db")}";

    public void Dispose()
    {
        _factory.Dispose();
        // Pooled connections hold the file open; release them before the folder goes.
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task Twenty_writers_adding_fifty_notes_each_store_exactly_a_thousand_in_wal_mode()
    {
        _factory.CreateClient().Dispose();
        var authorId = await _factory.WithDbAsync(async db =>
        {
            var user = new ReaderUser { UserName = "load@example.org", Email = "load@example.org", DisplayName = "Load" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            var notes = scope.ServiceProvider.GetRequiredService<NoteStore>();
            var revision = (await scope.ServiceProvider.GetRequiredService<ArticleStore>().CurrentAsync(HtmlPages.SeedSlug))!;
            for (var i = 0; i < NotesPerWriter; i++)
            {
                var start = 300 + i;
                await notes.AddAsync(revision, new TextSpan(start, start + 40), authorId, new NoteDraft($"writer {w} note {i}", NoteVisibility.Private, []));
            }
        }));
        await Task.WhenAll(writers);

        Assert.Equal(Writers * NotesPerWriter, await _factory.WithDbAsync(db => db.Notes.CountAsync()));
        var journalMode = await _factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        Assert.Equal("wal", Assert.Single(journalMode));
    }
}
