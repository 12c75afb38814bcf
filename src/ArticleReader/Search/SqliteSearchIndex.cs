using System.Text.Json;
using ArticleReader.Data;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Search;

/// <summary>
/// SQLite: FTS5 tables made by migrations (EF Core has no model for virtual tables). Articles' entries are written
/// here; notes are indexed by triggers on their table (see the AddNoteSearch migration). Queries go out compiled by
/// <see cref="Fts5Query"/>.
/// </summary>
public sealed class SqliteSearchIndex(ReaderDbContext db) : SearchIndexBase(db)
{
    protected override Task DeleteAsync(string slug, CancellationToken cancellationToken) =>
        Db.Database.ExecuteSqlAsync($"DELETE FROM SearchIndex WHERE slug = {slug}", cancellationToken);

    protected override Task InsertAsync(SearchEntry entry, CancellationToken cancellationToken) =>
        Db.Database.ExecuteSqlAsync($"""
            INSERT INTO SearchIndex (kind, slug, article, reference, start, "end", title, body)
            VALUES ({entry.Kind.ToString()}, {entry.Slug}, {entry.Article}, {entry.Reference}, {entry.Start}, {entry.End}, {entry.Title}, {entry.Body})
            """, cancellationToken);

    protected override Task<List<SearchRow>> MatchArticlesAsync(QueryNode parsed, int limit, IReadOnlyList<string> listed, CancellationToken cancellationToken)
    {
        var query = Fts5Query.Compile(parsed);
        var listedJson = JsonSerializer.Serialize(listed);
        return Db.Database.SqlQuery<SearchRow>($"""
                SELECT kind AS Kind, slug AS Slug, article AS ArticleTitle, reference AS Reference, start AS Start, "end" AS "End", title AS Title,
                       snippet(SearchIndex, 7, {MatchStart}, {MatchEnd}, '…', {SnippetWords}) AS Snippet
                FROM SearchIndex WHERE SearchIndex MATCH {query} AND slug IN (SELECT value FROM json_each({listedJson}))
                ORDER BY rank LIMIT {limit}
                """).ToListAsync(cancellationToken);
    }

    protected override IQueryable<NoteMatch> MatchNotes(QueryNode parsed)
    {
        var query = Fts5Query.Compile(parsed);
        return Db.Database.SqlQuery<NoteMatch>($"""
            SELECT rowid AS Id, rank AS Rank, snippet(NoteSearchIndex, -1, {MatchStart}, {MatchEnd}, '…', {SnippetWords}) AS Snippet
            FROM NoteSearchIndex WHERE NoteSearchIndex MATCH {query}
            """);
    }
}
