using ArticleReader.Data;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Library;
using ArticleReader.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ArticleReader.Pages;

/// <summary>
/// The library: the public articles, or the reader's own (<c>?shelf=mine</c>), or every article for an admin
/// (<c>?shelf=all</c>); sorted, filtered by tag or author, a page at a time.
/// </summary>
[OutputCache(PolicyName = PageCaching.Library)]
public sealed class IndexModel(ReaderDbContext db, IOptions<LibraryOptions> options) : PageModel
{
    public const string PublicShelf = "public";
    public const string MyShelf = "mine";
    public const string AllShelf = "all";

    [BindProperty(SupportsGet = true)]
    public string? Shelf { get; set; }

    /// <summary><c>added</c> (newest first, the default), <c>oldest</c> or <c>title</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Author { get; set; }

    /// <summary>The page of results, from 1 (<c>?p=</c>: <c>page</c> is a Razor Pages route value).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Viewer Viewer { get; private set; } = Viewer.Anonymous;

    public IReadOnlyList<LibraryEntry> Articles { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Viewer = Viewer.Of(User);
        Shelf = Shelf switch
        {
            MyShelf when Viewer.UserId is not null => MyShelf,
            AllShelf when Viewer.IsAdmin => AllShelf,
            _ => PublicShelf,
        };
        Tag = string.IsNullOrWhiteSpace(Tag) ? null : Tag.Trim().ToLowerInvariant();
        Author = string.IsNullOrWhiteSpace(Author) ? null : Author.Trim();
        Sort = Sort is "title" or "oldest" ? Sort : null;

        var current = db.CurrentRevisions();
        var listings = Shelved(current);
        Total = await listings.CountAsync(cancellationToken);
        var pageSize = Math.Max(1, options.Value.PageSize);
        PageCount = Math.Max(1, (Total + pageSize - 1) / pageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);

        var page = await Sorted(listings, current)
            .Skip((PageNumber - 1) * pageSize)
            .Take(pageSize)
            .Select(l => new { Listing = l, Owner = l.Owner == null ? null : l.Owner.DisplayName })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var slugs = page.Select(p => p.Listing.Slug).ToList();
        var revisions = await RevisionsAsync(current, slugs, cancellationToken);
        var jobs = await JobsAsync(slugs, cancellationToken);
        Articles = [.. page.Select(p => new LibraryEntry(
            p.Listing,
            p.Owner,
            revisions.GetValueOrDefault(p.Listing.Slug),
            jobs.GetValueOrDefault(p.Listing.Slug) is { } job && (Viewer.IsAdmin || job.OwnerId == Viewer.UserId) ? job : null))];
        return Page();
    }

    /// <summary>The listings on the shelf, filtered by tag and author.</summary>
    private IQueryable<ArticleListing> Shelved(IQueryable<Article> current)
    {
        var listings = Shelf switch
        {
            MyShelf => db.Listings.Where(l => l.OwnerId == Viewer.UserId && l.ArchivedAt == null),
            AllShelf => db.Listings.ReadableBy(Viewer),
            _ => db.Listings.ListedFor(Viewer.Anonymous).Where(l => db.Articles.Any(a => a.Slug == l.Slug)),
        };
        if (Tag is { } tag)
        {
            listings = listings.Where(l => l.Tags.Contains(tag));
        }

        if (Author is { } author)
        {
            listings = listings.Where(l => current.Any(a => a.Slug == l.Slug && a.Authors.Any(x => x.Name == author)));
        }

        return listings;
    }

    private IOrderedQueryable<ArticleListing> Sorted(IQueryable<ArticleListing> listings, IQueryable<Article> current) => Sort switch
    {
        "title" => listings.OrderBy(l => current.Where(a => a.Slug == l.Slug).Select(a => a.Title).FirstOrDefault() ?? l.Slug).ThenBy(l => l.Slug),
        "oldest" => listings.OrderBy(l => l.AddedAt).ThenBy(l => l.Slug),
        _ => listings.OrderByDescending(l => l.Featured).ThenByDescending(l => l.AddedAt).ThenBy(l => l.Slug),
    };

    /// <summary>What the library shows of the current revision of each article on the page, by slug.</summary>
    private static Task<Dictionary<string, Revision>> RevisionsAsync(IQueryable<Article> current, List<string> slugs, CancellationToken cancellationToken) =>
        current
            .Where(a => slugs.Contains(a.Slug))
            .Select(a => new Revision(
                a.Slug,
                a.Title,
                a.Published,
                a.Revision,
                a.Authors.OrderBy(x => x.Position).Select(x => x.Name).ToList(),
                a.Sections.Count,
                a.Claims.Count,
                // Named entities only, as ArticleCounts counts them everywhere else (dates and quantities are values).
                a.Entities.Count(e => e.Type != EntityType.Date && e.Type != EntityType.Quantity)))
            .ToDictionaryAsync(a => a.Slug, cancellationToken);

    /// <summary>The newest ingest job of each article on the page, by slug.</summary>
    private async Task<Dictionary<string, Job>> JobsAsync(List<string> slugs, CancellationToken cancellationToken) =>
        (await db.IngestJobs
            .Where(j => slugs.Contains(j.Slug))
            .GroupBy(j => j.Slug)
            .Select(g => g.Max(j => j.Id))
            .Join(db.IngestJobs, id => id, j => j.Id, (_, j) => new Job(j.Id, j.Slug, j.OwnerId, j.Status, j.Stage, j.Error))
            .ToListAsync(cancellationToken))
            .ToDictionary(j => j.Slug);

    /// <summary>This page's address with some of its query changed (a null value drops it).</summary>
    public string Link(string? shelf = null, string? sort = null, string? tag = null, string? author = null, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["shelf"] = (shelf ?? Shelf) == PublicShelf ? null : shelf ?? Shelf,
            ["sort"] = sort ?? Sort,
            ["tag"] = tag ?? Tag,
            ["author"] = author ?? Author,
            ["p"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/", query.Where(q => q.Value is not null));
    }

    public sealed record Revision(
        string Slug,
        string? Title,
        DateTimeOffset? Published,
        int Number,
        IReadOnlyList<string> Authors,
        int Sections,
        int Claims,
        int Entities);

    /// <summary>The newest ingest job of an article, shown to its owner (and admins) only.</summary>
    public sealed record Job(int Id, string Slug, string OwnerId, IngestJobStatus Status, IngestionStage Stage, string? Error);

    public sealed record LibraryEntry(ArticleListing Listing, string? Owner, Revision? Current, Job? Job)
    {
        public string Title => Current?.Title ?? Listing.Title ?? Listing.Slug;
    }
}
