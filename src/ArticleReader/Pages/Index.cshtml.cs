using ArticleReader.Data;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Pages;

[OutputCache(PolicyName = PageCaching.Pages)]
public sealed class IndexModel(ReaderDbContext db) : PageModel
{
    public IReadOnlyList<LibraryEntry> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The current revision of each article is the one no later revision of the same slug supersedes.
        var current = await db.Articles
            .Where(a => !db.Articles.Any(later => later.Slug == a.Slug && later.Revision > a.Revision))
            .Select(a => new LibraryEntry(
                a.Slug,
                a.Title,
                a.Published,
                a.Revision,
                a.Authors.OrderBy(x => x.Position).Select(x => x.Name).ToList(),
                a.Sections.Count,
                a.Claims.Count,
                // Named entities only, as ArticleCounts counts them everywhere else (dates and quantities are values).
                a.Entities.Count(e => e.Type != EntityType.Date && e.Type != EntityType.Quantity)))
            .ToListAsync(cancellationToken);

        Articles = [.. current.OrderByDescending(a => a.Published).ThenBy(a => a.Slug, StringComparer.Ordinal)];
    }

    public sealed record LibraryEntry(
        string Slug,
        string? Title,
        DateTimeOffset? Published,
        int Revision,
        IReadOnlyList<string> Authors,
        int Sections,
        int Claims,
        int Entities);
}
