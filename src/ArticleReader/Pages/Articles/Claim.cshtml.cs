using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// A claim's permalink. A key the current revision lacks is answered plainly: 410 with the old text when an older
/// revision had it (the claim was dropped or rewritten beyond what key carry-over matches), 404 otherwise. It loads
/// the claim with its paragraph and the entities it names or that paragraph mentions, not the whole revision:
/// three queries with the revision's. When a reader has opened the revision already, it is kept in memory
/// (<see cref="RenderedArticles"/>) and the claim is read from there, with the revision's query only.
/// </summary>
[OutputCache(PolicyName = PageCaching.Pages)]
public sealed class ClaimModel(ReaderDbContext db, ArticleStore store, RenderedArticles rendered, AnnotatedParagraphRenderer renderer, IOptions<ReadingOptions> options)
    : ArticlePageModel
{
    public string Key { get; private set; } = string.Empty;

    /// <summary>Set when the current revision has the claim.</summary>
    public ClaimFacts? Facts { get; private set; }

    public TextPlace? Place { get; private set; }

    public IHtmlContent? Paragraph { get; private set; }

    /// <summary>Set when only an older revision has the claim.</summary>
    public RetiredClaim? Retired { get; private set; }

    public async Task OnGetAsync(string slug, string key, CancellationToken cancellationToken)
    {
        Key = key;
        var found = rendered.Kept(Revision.Id) is { } kept ? InKept(kept, key) : await LoadClaimAsync(key, cancellationToken);
        if (found is not ({ } passage, { } claim))
        {
            Retired = await store.FindRetiredClaimAsync(slug, key, cancellationToken);
            Response.StatusCode = Retired is null ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
            return;
        }

        Facts = ClaimFacts.For(passage, claim, options.Value.CheckableClaimProbability);
        Place = passage.Locate(claim.Start, claim.End);
        Paragraph = Place is null ? null : renderer.Focused(passage, Place.Paragraph, claim);
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Claim(slug, key));
    }

    private static (AnnotatedArticle Passage, ClaimRecord Claim)? InKept(AnnotatedArticle kept, string key) =>
        kept.Revision.Claims.FirstOrDefault(c => c.Key == key) is { } claim ? (kept, claim) : null;

    /// <summary>The claim and the part of the revision its page shows (its paragraph, with the names in it), or null.</summary>
    private async Task<(AnnotatedArticle Passage, ClaimRecord Claim)?> LoadClaimAsync(string key, CancellationToken cancellationToken)
    {
        var found = await (
            from claim in db.Claims
            where claim.ArticleId == Revision.Id && claim.Key == key
            join paragraph in db.Paragraphs on claim.Sentence.ParagraphId equals paragraph.Id
            join section in db.Sections on paragraph.SectionId equals section.Id
            select new
            {
                Claim = claim,
                Hedges = claim.Hedges.OrderBy(h => h.Start).ToList(),
                Section = section,
                Paragraph = paragraph,
                Sentences = paragraph.Sentences.OrderBy(s => s.Position).ToList(),
            })
            .AsNoTracking()
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var (start, end) = (found.Paragraph.Start, found.Paragraph.End);
        var named = new List<string>(found.Claim.EntityKeys);
        if (found.Claim.AttributionEntityKey is { } attributed)
        {
            named.Add(attributed);
        }

        var entities = await db.Entities
            .Where(e => e.ArticleId == Revision.Id && (named.Contains(e.Key) || e.Mentions.Any(m => m.Start >= start && m.End <= end)))
            .Include(e => e.Mentions.Where(m => m.Start >= start && m.End <= end))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        found.Claim.Hedges = found.Hedges;
        found.Paragraph.Sentences = found.Sentences;
        found.Section.Paragraphs = [found.Paragraph];
        return (AnnotatedArticle.Part(Revision, [found.Section], entities, [found.Claim]), found.Claim);
    }
}
