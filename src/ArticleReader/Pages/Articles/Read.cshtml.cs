using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArticleReader.Pages.Articles;

/// <summary>The reading page: the current revision with its sections, claims and their notes, and entity cards.</summary>
[OutputCache(PolicyName = PageCaching.Pages)]
public sealed class ReadModel(ArticleStore store, AnnotatedParagraphRenderer renderer) : PageModel
{
    public AnnotatedArticle Article { get; private set; } = null!;

    public IReadOnlyList<SectionView> Sections { get; private set; } = [];

    /// <summary>Each author with the id of the paragraph that introduces them, when it is in the body.</summary>
    public IReadOnlyList<(string Name, string? Anchor)> Authors { get; private set; } = [];

    public IHtmlContent EntityCards { get; private set; } = HtmlString.Empty;

    public string CanonicalUrl { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await store.LoadDocumentAsync(slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = new AnnotatedArticle(article);
        Sections = [.. Article.Sections.Select(s => new SectionView(s, [.. s.Paragraphs.Select(p => renderer.Reading(Article, p))]))];
        EntityCards = renderer.EntityCards(Article);
        Authors = [.. article.Authors.OrderBy(a => a.Position).Select(a =>
            (a.Name, Article.Locate(a.BiographyStart, a.BiographyStart + 1) is { } place ? $"p-{place.Paragraph.Position}" : null))];
        CanonicalUrl = PageUrls.Absolute(Request, ArticleLinks.Article(slug));
        return Page();
    }

    public sealed record SectionView(Section Section, IReadOnlyList<IHtmlContent> Paragraphs);
}
