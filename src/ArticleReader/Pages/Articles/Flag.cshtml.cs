using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArticleReader.Pages.Articles;

/// <summary>A consistency flag's permalink: the flagged words in their paragraph, why they are flagged, and the passages they disagree with.</summary>
[OutputCache(PolicyName = PageCaching.Pages)]
public sealed class FlagModel(ArticleStore store, AnnotatedParagraphRenderer renderer) : PageModel
{
    public AnnotatedArticle Article { get; private set; } = null!;

    public string Key { get; private set; } = string.Empty;

    public FlagRecord? Flag { get; private set; }

    public TextPlace? Place { get; private set; }

    public IHtmlContent? Paragraph { get; private set; }

    public IReadOnlyList<RelatedPassage> Related { get; private set; } = [];

    public string CanonicalUrl { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, string key, CancellationToken cancellationToken)
    {
        if (await store.LoadDocumentAsync(slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = new AnnotatedArticle(article);
        Key = key;
        if (Article.Flag(key) is not { } flag)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Flag = flag;
        Place = Article.Locate(flag.Start, flag.End);
        Paragraph = Place is null ? null : renderer.Focused(Article, Place.Paragraph, flag);
        Related = FlagFacts.Related(Article, flag);
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Flag(slug, key));
        return Page();
    }
}
