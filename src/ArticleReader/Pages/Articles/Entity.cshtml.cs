using System.Text.RegularExpressions;
using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArticleReader.Pages.Articles;

/// <summary>An entity of the current revision: what it is, and every mention of it in the sentence around it.</summary>
[OutputCache(PolicyName = PageCaching.Pages)]
public sealed partial class EntityModel(ArticleStore store, AnnotatedParagraphRenderer renderer) : PageModel
{
    public AnnotatedArticle Article { get; private set; } = null!;

    public string Key { get; private set; } = string.Empty;

    public EntityRecord? Entity { get; private set; }

    /// <summary>The entity's external link, when it is a web address (the glossary is edited by hand, so it is checked).</summary>
    public Uri? ExternalLink { get; private set; }

    public Uri? WikidataLink { get; private set; }

    public IReadOnlyList<MentionView> Mentions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string key, CancellationToken cancellationToken)
    {
        if (await store.LoadDocumentAsync(slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = new AnnotatedArticle(article);
        Key = key;
        Entity = Article.Entity(key);
        if (Entity is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        ExternalLink = Uri.TryCreate(Entity.Link, UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp)
            ? link
            : null;
        WikidataLink = Entity.Wikidata is { } id && WikidataId().IsMatch(id) ? new Uri($"https://www.wikidata.org/wiki/{id}") : null;
        Mentions = [.. Entity.Mentions.OrderBy(m => m.Start).Select(View)];
        return Page();
    }

    private MentionView View(MentionRecord mention)
    {
        var place = Article.Locate(mention.Start, mention.End);
        if (place?.Sentence is { } sentence)
        {
            return new MentionView(mention, place, renderer.Highlighted(sentence.Text, sentence.Start, mention.Start, mention.End), $"s-{sentence.Position}");
        }

        // Outside a sentence (in the title or a byline): the source line around it gives the context.
        var source = Article.Article.SourceText;
        var (start, end, _) = SourceTextRenderer.Lines(source).First(l => l.Start <= mention.Start && mention.Start <= l.Next);
        return new MentionView(mention, place, renderer.Highlighted(source[start..end], start, mention.Start, mention.End), place is null ? null : $"p-{place.Paragraph.Position}");
    }

    [GeneratedRegex("^Q[0-9]+$")]
    private static partial Regex WikidataId();

    /// <param name="Anchor">The id of the sentence or paragraph in the reading page, when the mention is in the body.</param>
    public sealed record MentionView(MentionRecord Mention, TextPlace? Place, IHtmlContent Context, string? Anchor);
}
