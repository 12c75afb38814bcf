using ArticleReader.Ingest;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// A claim's permalink. A key the current revision lacks is answered plainly: 410 with the old text when an older
/// revision had it (the claim was dropped or rewritten beyond what key carry-over matches), 404 otherwise.
/// </summary>
[OutputCache(PolicyName = PageCaching.Pages)]
public sealed class ClaimModel(ArticleStore store, RenderedArticles rendered, AnnotatedParagraphRenderer renderer, IOptions<ReadingOptions> options) : PageModel
{
    public AnnotatedArticle Article { get; private set; } = null!;

    public string Key { get; private set; } = string.Empty;

    /// <summary>Set when the current revision has the claim.</summary>
    public ClaimFacts? Facts { get; private set; }

    public TextPlace? Place { get; private set; }

    public IHtmlContent? Paragraph { get; private set; }

    /// <summary>Set when only an older revision has the claim.</summary>
    public RetiredClaim? Retired { get; private set; }

    public string CanonicalUrl { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, string key, CancellationToken cancellationToken)
    {
        if (await rendered.CurrentAsync(store, slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Key = key;
        if (Article.Claim(key) is not { } claim)
        {
            Retired = await store.FindRetiredClaimAsync(slug, key, cancellationToken);
            Response.StatusCode = Retired is null ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
            return Page();
        }

        Facts = ClaimFacts.For(Article, claim, options.Value.CheckableClaimProbability);
        Place = Article.Locate(claim.Start, claim.End);
        Paragraph = Place is null ? null : renderer.Focused(Article, Place.Paragraph, claim);
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Claim(slug, key));
        return Page();
    }
}
