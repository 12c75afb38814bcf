using System.Text.RegularExpressions;
using ArticleReader.Data;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// An entity of the current revision: what it is, and every mention of it in the sentence around it. It loads the
/// entity with its mentions and the paragraphs they are in, not the whole revision; the source text only when a
/// mention is outside every sentence (in the title or a byline), whose source line is then its context.
/// </summary>
[OutputCache(PolicyName = PageCaching.Pages)]
public sealed partial class EntityModel(ReaderDbContext db, AnnotatedParagraphRenderer renderer) : ArticlePageModel
{
    public string Key { get; private set; } = string.Empty;

    public EntityRecord? Entity { get; private set; }

    /// <summary>The entity's external link, when it is a web address (the glossary is edited by hand, so it is checked).</summary>
    public Uri? ExternalLink { get; private set; }

    public Uri? WikidataLink { get; private set; }

    public IReadOnlyList<MentionView> Mentions { get; private set; } = [];

    public async Task OnGetAsync(string key, CancellationToken cancellationToken)
    {
        Key = key;
        Entity = await db.Entities.Include(e => e.Mentions).AsNoTracking().FirstOrDefaultAsync(e => e.ArticleId == Revision.Id && e.Key == key, cancellationToken);
        if (Entity is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        ExternalLink = Uri.TryCreate(Entity.Link, UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp)
            ? link
            : null;
        WikidataLink = Entity.Wikidata is { } id && WikidataId().IsMatch(id) ? new Uri($"https://www.wikidata.org/wiki/{id}") : null;
        var passages = AnnotatedArticle.Part(Revision, await SectionsMentioningAsync(Entity, cancellationToken), [Entity], []);
        var mentions = Entity.Mentions.OrderBy(m => m.Start).Select(m => (Mention: m, Place: passages.Locate(m.Start, m.End))).ToList();
        var source = mentions.Any(m => m.Place?.Sentence is null)
            ? await db.Articles.Where(a => a.Id == Revision.Id).Select(a => a.SourceText).SingleAsync(cancellationToken)
            : string.Empty;
        Mentions = [.. mentions.Select(m => View(m.Mention, m.Place, source))];
    }

    /// <summary>The sections with the paragraphs (and their sentences) that hold a mention of the entity, in text order.</summary>
    private async Task<List<Section>> SectionsMentioningAsync(EntityRecord entity, CancellationToken cancellationToken)
    {
        var paragraphs = await (
            from paragraph in db.Paragraphs
            join section in db.Sections on paragraph.SectionId equals section.Id
            where section.ArticleId == Revision.Id
                && db.Mentions.Any(m => m.EntityId == entity.Id && m.Start >= paragraph.Start && m.End <= paragraph.End)
            orderby paragraph.Position
            select new { Section = section, Paragraph = paragraph, Sentences = paragraph.Sentences.OrderBy(s => s.Position).ToList() })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. paragraphs.GroupBy(p => p.Section.Id).Select(g =>
        {
            var section = g.First().Section;
            section.Paragraphs = [.. g.Select(p =>
            {
                p.Paragraph.Sentences = p.Sentences;
                return p.Paragraph;
            })];
            return section;
        })];
    }

    private MentionView View(MentionRecord mention, TextPlace? place, string source)
    {
        if (place?.Sentence is { } sentence)
        {
            return new MentionView(mention, place, renderer.Highlighted(sentence.Text, sentence.Start, mention.Start, mention.End), $"s-{sentence.Position}");
        }

        // Outside a sentence (in the title or a byline): the source line around it gives the context.
        var (start, end, _) = SourceTextRenderer.Lines(source).First(l => l.Start <= mention.Start && mention.Start <= l.Next);
        return new MentionView(mention, place, renderer.Highlighted(source[start..end], start, mention.Start, mention.End), place is null ? null : $"p-{place.Paragraph.Position}");
    }

    [GeneratedRegex("^Q[0-9]+$")]
    private static partial Regex WikidataId();

    /// <param name="Anchor">The id of the sentence or paragraph in the reading page, when the mention is in the body.</param>
    public sealed record MentionView(MentionRecord Mention, TextPlace? Place, IHtmlContent Context, string? Anchor);
}
