using System.Text.Encodings.Web;
using ArticleReader.Ingest;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArticleReader.Pages.Articles;

/// <summary>The article's dates in time order: the article tells its story out of order, this page does not.</summary>
[OutputCache(PolicyName = PageCaching.Pages)]
public sealed class TimelineModel(ArticleStore store, HtmlEncoder encoder) : PageModel
{
    public AnnotatedArticle Article { get; private set; } = null!;

    public TimelineChart Chart { get; private set; } = null!;

    public IHtmlContent Svg { get; private set; } = HtmlString.Empty;

    public string CanonicalUrl { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await store.LoadDocumentAsync(slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = new AnnotatedArticle(article);
        Chart = TimelineChart.For(Article);
        Svg = Chart.Svg(encoder);
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Timeline(slug));
        return Page();
    }
}
