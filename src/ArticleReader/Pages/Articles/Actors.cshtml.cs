using System.Text.Encodings.Web;
using ArticleReader.Web;
using Microsoft.AspNetCore.OutputCaching;

namespace ArticleReader.Pages.Articles;

/// <summary>The actor map: who sold weapons to, visited, cooperates with, belongs to or is hostile to whom, per the claims.</summary>
[OutputCache(PolicyName = PageCaching.Pages)]
public sealed class ActorsModel(HtmlEncoder encoder) : ChartPageModel
{
    public ActorMap Map { get; private set; } = null!;

    public void OnGet(string slug)
    {
        Map = ActorMap.For(Article);
        Svg = Map.Svg(slug, encoder);
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Actors(slug));
    }
}
