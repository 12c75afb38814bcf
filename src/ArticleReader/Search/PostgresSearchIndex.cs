using ArticleReader.Data;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Search;

/// <summary>
/// PostgreSQL: the <c>SearchIndex</c> table and the notes' <c>SearchDocument</c> column hold generated
/// <c>tsvector</c>s with GIN indexes (see the Postgres AddFullTextSearch migration), in the <c>reader_search</c>
/// configuration: no stemming and accents removed, as SQLite's <c>unicode61 remove_diacritics 2</c> tokenizer does, so
/// both find the same words. Queries go out compiled by <see cref="TsQuery"/>; snippets come from <c>ts_headline</c>.
/// </summary>
public sealed class PostgresSearchIndex(ReaderDbContext db) : SearchIndexBase(db)
{
    // ts_headline's options: the same markers and about as many words as the SQLite snippet.
    private static readonly string HeadlineOptions =
        $"StartSel={MatchStart}, StopSel={MatchEnd}, MaxWords={SnippetWords}, MinWords={SnippetWords / 2}, ShortWord=0, MaxFragments=1";

    protected override Task DeleteAsync(string slug, CancellationToken cancellationToken) =>
        Db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchIndex" WHERE slug = {slug}""", cancellationToken);

    protected override Task InsertAsync(SearchEntry entry, CancellationToken cancellationToken) =>
        Db.Database.ExecuteSqlAsync($"""
            INSERT INTO "SearchIndex" (kind, slug, article, reference, start, "end", title, body)
            VALUES ({entry.Kind.ToString()}, {entry.Slug}, {entry.Article}, {entry.Reference}, {entry.Start}, {entry.End}, {entry.Title}, {entry.Body})
            """, cancellationToken);

    protected override Task<List<SearchRow>> MatchArticlesAsync(QueryNode parsed, int limit, IReadOnlyList<string> listed, CancellationToken cancellationToken)
    {
        var query = TsQuery.Compile(parsed);
        var slugs = listed.ToArray();
        return Db.Database.SqlQuery<SearchRow>($"""
                SELECT kind AS "Kind", slug AS "Slug", article AS "ArticleTitle", reference AS "Reference", start AS "Start", "end" AS "End", title AS "Title",
                       ts_headline('reader_search', body, q, {HeadlineOptions}) AS "Snippet"
                FROM "SearchIndex", to_tsquery('reader_search', {query}) AS q
                WHERE document @@ q AND slug = ANY({slugs})
                ORDER BY ts_rank_cd(document, q) DESC, id LIMIT {limit}
                """).ToListAsync(cancellationToken);
    }

    protected override IQueryable<NoteMatch> MatchNotes(QueryNode parsed)
    {
        var query = TsQuery.Compile(parsed);
        // Like FTS5's snippet over every column: the body's words when it matches, else the quoted passage's.
        return Db.Database.SqlQuery<NoteMatch>($"""
            SELECT n."Id" AS "Id", -ts_rank_cd(n."SearchDocument", q)::float8 AS "Rank",
                   CASE WHEN to_tsvector('reader_search', n."Body") @@ q THEN ts_headline('reader_search', n."Body", q, {HeadlineOptions})
                        ELSE ts_headline('reader_search', n."QuoteExact", q, {HeadlineOptions}) END AS "Snippet"
            FROM "Notes" AS n, to_tsquery('reader_search', {query}) AS q
            WHERE n."SearchDocument" @@ q
            """);
    }
}
