using System.Text.Encodings.Web;
using ArticleReader.Web;
using Microsoft.AspNetCore.OutputCaching;

namespace ArticleReader.Pages.Articles;

/// <summary>The article's dates in time order: the article tells its story out of order, this page does not.</summary>
[OutputCache(PolicyName = PageCaching.Pages)]
public sealed class TimelineModel(HtmlEncoder encoder) : ChartPageModel
{
    public TimelineChart Chart { get; private set; } = null!;

    public void OnGet(string slug)
    {
        Chart = TimelineChart.For(Article);
        Svg = Chart.Svg(encoder);
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Timeline(slug));
    }
}
