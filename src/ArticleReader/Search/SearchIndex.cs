using System.Net;
using System.Text.Json;
using ArticleReader.Data;
using ArticleReader.Library;
using ArticleReader.Notes;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Search;

/// <summary>What a search result points at.</summary>
public enum SearchHitKind
{
    Article,
    Passage,
    Claim,
    Entity,

    /// <summary>A reader's note: public ones for everyone, private ones for their author only.</summary>
    Note,
}

/// <summary>One search result, with a snippet whose matches are marked and everything else HTML-encoded.</summary>
public sealed record SearchHit(SearchHitKind Kind, string Slug, string ArticleTitle, string Reference, int Start, int End, string Title, string SnippetHtml);

/// <summary>
/// The SQLite FTS5 index behind <c>/search</c>: the current revision of every article, its paragraphs, claims and
/// entities. The table is created by a migration (EF Core has no model for virtual tables) and rewritten for an
/// article inside the same transaction that stores a new revision.
/// </summary>
public sealed class SearchIndex(ReaderDbContext db)
{
    public const string Table = "SearchIndex";

    // Snippet markers that cannot occur in article text, replaced by <mark> after the snippet is HTML-encoded.
    private const string MatchStart = "\u0002";
    private const string MatchEnd = "\u0003";

    public async Task ReplaceAsync(Article article, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchIndex WHERE slug = {article.Slug}", cancellationToken);
        var title = article.Title ?? article.Slug;
        var authors = string.Join(", ", article.Authors.Select(a => a.Name));
        await InsertAsync(SearchHitKind.Article, article.Slug, title, article.Slug, 0, article.SourceText.Length, title, $"{article.Byline} {authors}", cancellationToken);
        foreach (var paragraph in article.Sections.SelectMany(s => s.Paragraphs.Select(p => (Section: s, Paragraph: p))))
        {
            await InsertAsync(SearchHitKind.Passage, article.Slug, title, paragraph.Paragraph.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), paragraph.Paragraph.Start, paragraph.Paragraph.End, paragraph.Section.Title, paragraph.Paragraph.Text, cancellationToken);
        }

        foreach (var claim in article.Claims)
        {
            await InsertAsync(SearchHitKind.Claim, article.Slug, title, claim.Key, claim.Start, claim.End, $"Claim {claim.Position + 1}", claim.Text, cancellationToken);
        }

        foreach (var entity in article.Entities)
        {
            var first = entity.Mentions.OrderBy(m => m.Start).FirstOrDefault();
            await InsertAsync(SearchHitKind.Entity, article.Slug, title, entity.Key, first?.Start ?? 0, first?.End ?? 0, entity.Name, $"{entity.Name} {entity.Description}", cancellationToken);
        }
    }

    /// <summary>
    /// Articles, passages, claims and entities, then the notes the viewer may see, of the articles the viewer may find
    /// (<see cref="ArticleAccess.ListedFor"/>: public ones and their own).
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(QueryNode parsed, int limit, Viewer viewer, CancellationToken cancellationToken = default)
    {
        var query = Fts5Query.Compile(parsed);
        var listed = await db.Listings.ListedFor(viewer).Select(l => l.Slug).ToListAsync(cancellationToken);
        var hits = await SearchArticlesAsync(query, limit, JsonSerializer.Serialize(listed), cancellationToken);
        return [.. hits, .. await SearchNotesAsync(query, limit, viewer.UserId, listed, cancellationToken)];
    }

    private async Task<IReadOnlyList<SearchHit>> SearchArticlesAsync(string query, int limit, string listed, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<SearchRow>($"""
                SELECT kind AS Kind, slug AS Slug, article AS ArticleTitle, reference AS Reference, start AS Start, "end" AS "End", title AS Title,
                       snippet(SearchIndex, 7, {MatchStart}, {MatchEnd}, '…', 16) AS Snippet
                FROM SearchIndex WHERE SearchIndex MATCH {query} AND slug IN (SELECT value FROM json_each({listed}))
                ORDER BY rank LIMIT {limit}
                """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchHit(Enum.Parse<SearchHitKind>(r.Kind), r.Slug, r.ArticleTitle, r.Reference, r.Start, r.End, r.Title, Highlight(r.Snippet)))];
    }

    /// <summary>
    /// Notes are indexed by triggers on their table (see the AddNoteSearch migration), so only reading is here. The
    /// matches are joined with the notes the reader may see under <see cref="NoteVisibilityRule"/>.
    /// </summary>
    private async Task<IReadOnlyList<SearchHit>> SearchNotesAsync(string query, int limit, string? readerId, IReadOnlyList<string> listed, CancellationToken cancellationToken)
    {
        var matches = db.Database.SqlQuery<NoteMatch>($"""
            SELECT rowid AS Id, rank AS Rank, snippet(NoteSearchIndex, -1, {MatchStart}, {MatchEnd}, '…', 16) AS Snippet
            FROM NoteSearchIndex WHERE NoteSearchIndex MATCH {query}
            """);
        var rows = await (
            from match in matches
            join note in db.Notes.VisibleTo(readerId).Where(n => listed.Contains(n.Slug)) on match.Id equals note.Id
            join article in db.Articles on note.ArticleId equals article.Id
            orderby match.Rank
            select new { note.Id, note.Slug, ArticleTitle = article.Title ?? note.Slug, note.Start, note.End, Author = note.Author.DisplayName, note.Visibility, match.Snippet })
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchHit(
            SearchHitKind.Note,
            r.Slug,
            r.ArticleTitle,
            r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.Start,
            r.End,
            r.Visibility == NoteVisibility.Private ? "Your private note" : $"Note by {r.Author}",
            Highlight(r.Snippet)))];
    }

    private Task InsertAsync(SearchHitKind kind, string slug, string article, string reference, int start, int end, string title, string body, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO SearchIndex (kind, slug, article, reference, start, "end", title, body)
            VALUES ({kind.ToString()}, {slug}, {article}, {reference}, {start}, {end}, {title}, {body})
            """, cancellationToken);

    private static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(snippet).Replace(MatchStart, "<mark>", StringComparison.Ordinal).Replace(MatchEnd, "</mark>", StringComparison.Ordinal);

    private sealed class NoteMatch
    {
        public int Id { get; set; }

        public double Rank { get; set; }

        public string Snippet { get; set; } = string.Empty;
    }

    private sealed class SearchRow
    {
        public string Kind { get; set; } = string.Empty;

        public string Slug { get; set; } = string.Empty;

        public string ArticleTitle { get; set; } = string.Empty;

        public string Reference { get; set; } = string.Empty;

        public int Start { get; set; }

        public int End { get; set; }

        public string Title { get; set; } = string.Empty;

        public string Snippet { get; set; } = string.Empty;
    }
}
