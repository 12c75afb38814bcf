using System.Globalization;
using System.Net;
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
/// The full-text index behind <c>/search</c>: the current revision of every article, its paragraphs, claims and
/// entities, and readers' notes. Each database provider has its own (<see cref="SqliteSearchIndex"/>,
/// <see cref="PostgresSearchIndex"/>); pages only know this interface.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Rewrites the article's entries, inside the transaction that stores its new revision.</summary>
    Task ReplaceAsync(Article article, CancellationToken cancellationToken = default);

    /// <summary>
    /// Articles, passages, claims and entities, then the notes the viewer may see, of the articles the viewer may find
    /// (<see cref="ArticleAccess.ListedFor"/>: public ones and their own).
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(QueryNode parsed, int limit, Viewer viewer, CancellationToken cancellationToken = default);
}

/// <summary>
/// What both indexes share: which entries an article has, the visibility rules applied to the matches, and how a
/// snippet becomes HTML. A provider only says how to store entries and how to match them.
/// </summary>
public abstract class SearchIndexBase(ReaderDbContext db) : ISearchIndex
{
    // Snippet markers that cannot occur in article text, replaced by <mark> after the snippet is HTML-encoded.
    protected const string MatchStart = "\u0002";
    protected const string MatchEnd = "\u0003";

    /// <summary>Words of context a snippet shows around its matches.</summary>
    protected const int SnippetWords = 16;

    protected ReaderDbContext Db => db;

    public async Task ReplaceAsync(Article article, CancellationToken cancellationToken = default)
    {
        await DeleteAsync(article.Slug, cancellationToken);
        foreach (var entry in Entries(article))
        {
            await InsertAsync(entry, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(QueryNode parsed, int limit, Viewer viewer, CancellationToken cancellationToken = default)
    {
        var listed = await db.Listings.ListedFor(viewer).Select(l => l.Slug).ToListAsync(cancellationToken);
        var rows = await MatchArticlesAsync(parsed, limit, listed, cancellationToken);
        var hits = rows.Select(r => new SearchHit(Enum.Parse<SearchHitKind>(r.Kind), r.Slug, r.ArticleTitle, r.Reference, r.Start, r.End, r.Title, Highlight(r.Snippet)));
        return [.. hits, .. await SearchNotesAsync(MatchNotes(parsed), limit, viewer.UserId, listed, cancellationToken)];
    }

    /// <summary>Removes every entry of the article.</summary>
    protected abstract Task DeleteAsync(string slug, CancellationToken cancellationToken);

    protected abstract Task InsertAsync(SearchEntry entry, CancellationToken cancellationToken);

    /// <summary>The best entries of the listed articles that match, best first, at most <paramref name="limit"/>.</summary>
    protected abstract Task<List<SearchRow>> MatchArticlesAsync(QueryNode parsed, int limit, IReadOnlyList<string> listed, CancellationToken cancellationToken);

    /// <summary>Every note that matches, with its rank (lower is better) and snippet, before any visibility rule.</summary>
    protected abstract IQueryable<NoteMatch> MatchNotes(QueryNode parsed);

    private static IEnumerable<SearchEntry> Entries(Article article)
    {
        var title = article.Title ?? article.Slug;
        var authors = string.Join(", ", article.Authors.Select(a => a.Name));
        yield return new(SearchHitKind.Article, article.Slug, title, article.Slug, 0, article.SourceText.Length, title, $"{article.Byline} {authors}");
        foreach (var (section, paragraph) in article.Sections.SelectMany(s => s.Paragraphs.Select(p => (s, p))))
        {
            yield return new(SearchHitKind.Passage, article.Slug, title, paragraph.Position.ToString(CultureInfo.InvariantCulture), paragraph.Start, paragraph.End, section.Title, paragraph.Text);
        }

        foreach (var claim in article.Claims)
        {
            yield return new(SearchHitKind.Claim, article.Slug, title, claim.Key, claim.Start, claim.End, $"Claim {claim.Position + 1}", claim.Text);
        }

        foreach (var entity in article.Entities)
        {
            var first = entity.Mentions.OrderBy(m => m.Start).FirstOrDefault();
            yield return new(SearchHitKind.Entity, article.Slug, title, entity.Key, first?.Start ?? 0, first?.End ?? 0, entity.Name, $"{entity.Name} {entity.Description}");
        }
    }

    /// <summary>The matches joined with the notes the reader may see under <see cref="NoteVisibilityRule"/>.</summary>
    private async Task<IReadOnlyList<SearchHit>> SearchNotesAsync(IQueryable<NoteMatch> matches, int limit, string? readerId, IReadOnlyList<string> listed, CancellationToken cancellationToken)
    {
        var rows = await (
            from match in matches
            join note in db.Notes.VisibleTo(readerId).Where(n => listed.Contains(n.Slug)) on match.Id equals note.Id
            join article in db.Articles on note.ArticleId equals article.Id
            orderby match.Rank, note.Id
            select new { note.Id, note.Slug, ArticleTitle = article.Title ?? note.Slug, note.Start, note.End, Author = note.Author.DisplayName, note.Visibility, match.Snippet })
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchHit(
            SearchHitKind.Note,
            r.Slug,
            r.ArticleTitle,
            r.Id.ToString(CultureInfo.InvariantCulture),
            r.Start,
            r.End,
            r.Visibility == NoteVisibility.Private ? "Your private note" : $"Note by {r.Author}",
            Highlight(r.Snippet)))];
    }

    private static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(snippet).Replace(MatchStart, "<mark>", StringComparison.Ordinal).Replace(MatchEnd, "</mark>", StringComparison.Ordinal);

    /// <summary>One entry of the index: the text searched (title and body) and what a hit on it points at.</summary>
    protected sealed record SearchEntry(SearchHitKind Kind, string Slug, string Article, string Reference, int Start, int End, string Title, string Body);

    protected sealed class NoteMatch
    {
        public int Id { get; set; }

        public double Rank { get; set; }

        public string Snippet { get; set; } = string.Empty;
    }

    protected sealed class SearchRow
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
