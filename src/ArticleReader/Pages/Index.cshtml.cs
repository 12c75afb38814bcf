using ArticleReader.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Pages;

public sealed class IndexModel(ReaderDbContext db) : PageModel
{
    public IReadOnlyList<LibraryEntry> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The current revision of each article is the one no later revision of the same slug supersedes.
        var current = await db.Articles
            .Where(a => !db.Articles.Any(later => later.Slug == a.Slug && later.Revision > a.Revision))
            .Select(a => new
            {
                a.Slug,
                a.Title,
                a.Published,
                a.Revision,
                Authors = a.Authors.OrderBy(x => x.Position).Select(x => x.Name).ToList(),
            })
            .ToListAsync(cancellationToken);

        Articles = [.. current
            .Select(a => new LibraryEntry(a.Slug, a.Title, a.Published, a.Revision, a.Authors))
            .OrderByDescending(a => a.Published)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)];
    }

    public sealed record LibraryEntry(string Slug, string? Title, DateTimeOffset? Published, int Revision, IReadOnlyList<string> Authors);
}
