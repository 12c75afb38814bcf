using ArticleReader.Ingest;
using ArticleReader.Library;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// Stored revisions, loaded and rendered once and kept in memory: a revision never changes (a new text is a new
/// revision with its own row id), so its document and its paragraphs' HTML per layer set can be reused by every
/// reader. Readers' notes are not in what is kept: the reading page re-renders only the paragraphs that carry the
/// notes a reader may see, so a signed-in page costs about what an anonymous one does.
/// </summary>
public sealed class RenderedArticles(IMemoryCache cache, AnnotatedParagraphRenderer renderer, IOptions<ReadingOptions> options)
{
    private readonly ReadingOptions _options = options.Value;

    /// <summary>The current revision of the request's article, as the access step found it, or null when there is none.</summary>
    public async Task<AnnotatedArticle?> CurrentAsync(ArticleStore store, HttpContext context, CancellationToken cancellationToken) =>
        context.ReadableArticle().Current is { } revision ? await RevisionAsync(store, revision.Id, cancellationToken) : null;

    /// <summary>The stored revision with this row id if it is kept already (a reader opened it), else null: nothing is loaded.</summary>
    public AnnotatedArticle? Kept(int id) => cache.TryGetValue(new DocumentKey(id), out AnnotatedArticle? kept) ? kept : null;

    /// <summary>The stored revision with this row id, whole: kept, or loaded and kept; null when there is no such row.</summary>
    public async Task<AnnotatedArticle?> RevisionAsync(ArticleStore store, int id, CancellationToken cancellationToken)
    {
        if (Kept(id) is { } kept)
        {
            return kept;
        }

        if (await store.LoadRevisionAsync(id, cancellationToken) is not { } article)
        {
            return null;
        }

        var annotated = new AnnotatedArticle(article, _options.CharactersPerPart);
        cache.Set(new DocumentKey(id), annotated, Entry());
        return annotated;
    }

    /// <summary>The paragraph as <see cref="AnnotatedParagraphRenderer.Reading"/> writes it without readers' notes.</summary>
    public IHtmlContent Paragraph(AnnotatedArticle article, Data.Paragraph paragraph, ReadingLayer layers)
    {
        // Readers' notes are added per reader on top, so the notes layer does not change what is kept.
        var shown = layers & ~ReadingLayer.Notes;
        var slots = cache.GetOrCreate(new ParagraphsKey(article.RevisionId, shown), e =>
        {
            e.SetOptions(Entry());
            return new IHtmlContent?[article.ParagraphCount];
        })!;

        // Two readers may render the same paragraph at once; both write the same HTML, so no lock is needed.
        return slots[paragraph.Position] ??= renderer.Reading(article, paragraph, shown);
    }

    public IHtmlContent EntityCards(AnnotatedArticle article) =>
        cache.GetOrCreate(new CardsKey(article.RevisionId), e =>
        {
            e.SetOptions(Entry());
            return renderer.EntityCards(article);
        })!;

    public IHtmlContent Endnotes(AnnotatedArticle article) =>
        cache.GetOrCreate(new EndnotesKey(article.RevisionId), e =>
        {
            e.SetOptions(Entry());
            return renderer.Endnotes(article);
        })!;

    private MemoryCacheEntryOptions Entry() => new() { SlidingExpiration = _options.RenderedArticleLifetime };

    private sealed record DocumentKey(int ArticleId);

    private sealed record ParagraphsKey(int ArticleId, ReadingLayer Layers);

    private sealed record CardsKey(int ArticleId);

    private sealed record EndnotesKey(int ArticleId);
}
