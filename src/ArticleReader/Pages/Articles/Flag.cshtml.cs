using ArticleReader.Data;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.OutputCaching;

namespace ArticleReader.Pages.Articles;

/// <summary>A consistency flag's permalink: the flagged words in their paragraph, why they are flagged, and the passages they disagree with.</summary>
[OutputCache(PolicyName = PageCaching.Pages)]
public sealed class FlagModel(AnnotatedParagraphRenderer renderer) : WholeArticlePageModel
{
    public string Key { get; private set; } = string.Empty;

    public FlagRecord? Flag { get; private set; }

    public TextPlace? Place { get; private set; }

    public IHtmlContent? Paragraph { get; private set; }

    public IReadOnlyList<RelatedPassage> Related { get; private set; } = [];

    public void OnGet(string slug, string key)
    {
        Key = key;
        if (Article.Flag(key) is not { } flag)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Flag = flag;
        Place = Article.Locate(flag.Start, flag.End);
        Paragraph = Place is null ? null : renderer.Focused(Article, Place.Paragraph, flag);
        Related = FlagFacts.Related(Article, flag);
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Flag(slug, key));
    }
}
