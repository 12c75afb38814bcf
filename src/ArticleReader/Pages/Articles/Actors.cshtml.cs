using System.Text.Encodings.Web;
using ArticleReader.Ingest;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArticleReader.Pages.Articles;

/// <summary>The actor map: who sold weapons to, visited, cooperates with, belongs to or is hostile to whom, per the claims.</summary>
[OutputCache(PolicyName = PageCaching.Pages)]
public sealed class ActorsModel(ArticleStore store, HtmlEncoder encoder) : PageModel
{
    public AnnotatedArticle Article { get; private set; } = null!;

    public ActorMap Map { get; private set; } = null!;

    public IHtmlContent Svg { get; private set; } = HtmlString.Empty;

    public string CanonicalUrl { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await store.LoadDocumentAsync(slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = new AnnotatedArticle(article);
        Map = ActorMap.For(Article);
        Svg = Map.Svg(slug, encoder);
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Actors(slug));
        return Page();
    }
}
