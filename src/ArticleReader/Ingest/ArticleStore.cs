using System.Text;
using ArticleReader.Data;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Claims;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Ingest;

public enum IngestOutcome
{
    /// <summary>The first revision of a new article was stored.</summary>
    Created,

    /// <summary>The text changed: a new revision was stored and the older ones kept.</summary>
    Revised,

    /// <summary>The current revision already has this exact text: nothing was written.</summary>
    Unchanged,
}

public sealed record IngestResult(IngestOutcome Outcome, Article Article);

/// <summary>An article's current revision as its pages name it: row id, slug, title (the slug when it has none) and number.</summary>
public sealed record ArticleRevision(int Id, string Slug, string Title, int Number);

/// <summary>A claim key as it was in an older revision of an article, for links to claims that are gone.</summary>
public sealed record RetiredClaim(string Key, string Text, int Revision, string? ArticleTitle);

/// <summary>Stores parsed articles as revisions, all or nothing, and reads them back.</summary>
public sealed class ArticleStore(
    ReaderDbContext db, TimeProvider clock, IEnumerable<IArticleChangeListener> listeners)
{
    public async Task<IngestResult> SaveAsync(ParsedArticle parsed, string? sourceName, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await CurrentAsync(parsed.Slug, cancellationToken);
        if (current?.Sha256 == parsed.Sha256)
        {
            return new IngestResult(IngestOutcome.Unchanged, current);
        }

        if (current is not null)
        {
            var previousClaims = await db.Claims.Where(c => c.ArticleId == current.Id).Select(c => new { c.Key, c.Text }).ToListAsync(cancellationToken);
            parsed = parsed with { Claims = ClaimKeyCarrier.CarryOver([.. previousClaims.Select(c => (c.Key, c.Text))], parsed.Claims) };
        }

        var article = ArticleRecords.FromParsed(parsed, (current?.Revision ?? 0) + 1, sourceName, clock.GetUtcNow());
        var listing = await db.Listings.FindAsync([parsed.Slug], cancellationToken);
        if (listing is null)
        {
            // Articles that no reader added (seeds, the command line) are the site's own, and public.
            listing = new ArticleListing { Slug = parsed.Slug, Visibility = ArticleVisibility.Public, AddedAt = article.IngestedAt.UtcDateTime };
            db.Listings.Add(listing);
        }

        listing.Bytes = Encoding.UTF8.GetByteCount(parsed.Source);
        // An owner's title holds for every revision, this one too.
        article.Title = listing.Title ?? article.Title;
        await db.SaveChangesAsync(cancellationToken);
        await RevisionWriter.WriteAsync(db, article, cancellationToken);
        // The search index and the notes move to the new revision in the same transaction.
        await listeners.ChangeStoringAsync(article, ArticleChange.Revision, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await listeners.ArticleChangedAsync(article.Slug, ArticleChange.Revision, cancellationToken);

        return new IngestResult(current is null ? IngestOutcome.Created : IngestOutcome.Revised, article);
    }

    /// <summary>
    /// The current revision whose text has this SHA-256 (under <paramref name="slug"/> when one is given), if any:
    /// an older revision with the same text does not count, since storing that text again makes a new revision.
    /// </summary>
    public Task<Article?> CurrentWithTextAsync(string sha256, string? slug, CancellationToken cancellationToken = default) =>
        db.CurrentRevisions()
            .Where(a => a.Sha256 == sha256 && (slug == null || a.Slug == slug))
            // Without a slug the text is the site's (a seed): a reader's article with the same text is not it.
            .Where(a => slug != null || db.Listings.Any(l => l.Slug == a.Slug && l.OwnerId == null))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The current (highest) revision of an article, without its structure.</summary>
    public Task<Article?> CurrentAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Articles.CurrentOf(slug).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The current revision of an article with its header, sections, paragraphs and sentences.</summary>
    public Task<Article?> LoadDocumentAsync(string slug, CancellationToken cancellationToken = default) =>
        Documents().CurrentOf(slug).FirstOrDefaultAsync(cancellationToken);

    /// <summary>One stored revision, by its row id, loaded as <see cref="LoadDocumentAsync"/> loads the current one.</summary>
    public Task<Article?> LoadRevisionAsync(int id, CancellationToken cancellationToken = default) =>
        Documents().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>The current revisions of the articles with these slugs, in ordinal slug order, in one query.</summary>
    public async Task<IReadOnlyList<ArticleRevision>> CurrentRevisionsAsync(IQueryable<string> slugs, CancellationToken cancellationToken = default) =>
        await db.CurrentRevisions()
            .Where(a => slugs.Contains(a.Slug))
            .OrderBy(a => a.Slug)
            .Select(a => new ArticleRevision(a.Id, a.Slug, a.Title ?? a.Slug, a.Revision))
            .ToListAsync(cancellationToken);

    private IQueryable<Article> Documents() =>
        db.Articles
            .Include(a => a.Authors.OrderBy(x => x.Position))
            .Include(a => a.Boilerplate.OrderBy(b => b.Start))
            .Include(a => a.Entities).ThenInclude(e => e.Mentions)
            .Include(a => a.Claims.OrderBy(c => c.Position)).ThenInclude(c => c.Hedges)
            .Include(a => a.Flags.OrderBy(f => f.Start))
            .Include(a => a.Relations)
            .Include(a => a.Sections.OrderBy(s => s.Position))
                .ThenInclude(s => s.Paragraphs.OrderBy(p => p.Position))
                .ThenInclude(p => p.Sentences.OrderBy(s => s.Position))
            .AsSplitQuery()
            .AsNoTracking();

    /// <summary>The slugs of all stored articles, in ordinal order.</summary>
    public async Task<IReadOnlyList<string>> SlugsAsync(CancellationToken cancellationToken = default) =>
        await db.Articles.Select(a => a.Slug).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);

    /// <summary>
    /// The latest older revision in which the article had a claim with this key, when the current revision has none,
    /// so a shared link can say the claim is gone rather than that it never existed.
    /// </summary>
    public Task<RetiredClaim?> FindRetiredClaimAsync(string slug, string key, CancellationToken cancellationToken = default) =>
        (from claim in db.Claims
         join article in db.Articles on claim.ArticleId equals article.Id
         where article.Slug == slug && claim.Key == key
         orderby article.Revision descending
         select new RetiredClaim(claim.Key, claim.Text, article.Revision, article.Title))
        .FirstOrDefaultAsync(cancellationToken);
}
