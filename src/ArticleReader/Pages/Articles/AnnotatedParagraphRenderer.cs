using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using ArticleReader.Data;
using ArticleReader.Ingestion.Entities;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// Writes a paragraph of an article as HTML: its sentences with their source offsets, claims, entity mentions and
/// footnotes. Article text is untrusted, so every piece of it goes through the HTML encoder; only the tags written
/// here are raw.
/// </summary>
public sealed class AnnotatedParagraphRenderer(HtmlEncoder encoder, IOptions<ReadingOptions> readingOptions)
{
    /// <summary>
    /// Nesting levels: a passage (a note's anchor over several sentences) holds sentences; a sentence holds quotes (a
    /// note's anchor within it), claims, flags and mentions; a claim holds flags and mentions; a flag holds mentions;
    /// a mention holds text.
    /// </summary>
    private readonly ReadingOptions options = readingOptions.Value;

    private enum Level
    {
        Passage,
        Sentence,
        Quote,
        Claim,
        Flag,
        Mention,
    }

    /// <summary>A range of the paragraph wrapped in <see cref="Open"/> and <see cref="Close"/>, followed by <see cref="After"/>.</summary>
    /// <param name="Nests">Whether a wrap of the same level may hold it: notes on the same words highlight them together.</param>
    private sealed record Wrap(int Start, int End, Level Level, string Open, string Close, string After = "", bool Nests = false);

    /// <summary>
    /// The paragraph as the reading page shows it with <paramref name="layers"/> on: ids and offsets on the paragraph
    /// and every sentence; each claim wrapped (so links can target it) and followed by its number, which with the
    /// claims layer opens its note; with the entities layer each name linked to its entity page and described by its
    /// card; with the flags layer each flag marked with its note; and the passages of readers' notes in
    /// <paramref name="notes"/> highlighted, each followed by a link to its note.
    /// </summary>
    public IHtmlContent Reading(AnnotatedArticle article, Paragraph paragraph, ReadingLayer layers, IReadOnlyList<NoteMark>? notes = null)
    {
        var wraps = new List<Wrap>();
        var noteRefs = new Dictionary<int, StringBuilder>();
        foreach (var note in notes ?? [])
        {
            var id = note.Id.ToString(CultureInfo.InvariantCulture);
            var noteRef = $"<a class=\"note-ref\" href=\"#note-{id}\"><span class=\"vh\">Reader's note </span>✎</a>";
            var mark = $"<mark class=\"note-anchor\" id=\"anchor-{id}\">";

            // Within one sentence the link waits until after the sentence, which must hold exactly its source text.
            if (paragraph.Sentences.FirstOrDefault(s => s.Start <= note.Start && note.End <= s.End) is { } sentence)
            {
                wraps.Add(new Wrap(note.Start, note.End, Level.Quote, mark, "</mark>", Nests: true));
                (noteRefs.TryGetValue(sentence.Id, out var refs) ? refs : noteRefs[sentence.Id] = new StringBuilder()).Append(noteRef);
            }
            else
            {
                wraps.Add(new Wrap(note.Start, note.End, Level.Passage, mark, "</mark>", noteRef, Nests: true));
            }
        }

        foreach (var sentence in paragraph.Sentences)
        {
            var footnotes = new StringBuilder();
            foreach (var claim in article.ClaimsOf(sentence))
            {
                wraps.Add(new Wrap(claim.Start, claim.End, Level.Claim, $"<span class=\"claim\" id=\"claim-{Encode(claim.Key)}\">", "</span>"));
                if (layers.HasFlag(ReadingLayer.Claims))
                {
                    WriteFootnote(footnotes, article, ClaimFacts.For(article, claim, options.CheckableClaimProbability));
                }
                else
                {
                    WriteClaimNumber(footnotes, article, claim);
                }
            }

            if (layers.HasFlag(ReadingLayer.Flags))
            {
                foreach (var flag in article.FlagsWithin(sentence.Start, sentence.End))
                {
                    wraps.Add(new Wrap(flag.Start, flag.End, Level.Flag, FlagMark(flag, $" aria-describedby=\"flagnote-{Encode(flag.Key)}\""), "</mark>"));
                    WriteFlagNote(footnotes, article, flag);
                }
            }

            // The notes go after the sentence, not inside it, so a sentence's text stays exactly its source text.
            wraps.Add(new Wrap(
                sentence.Start,
                sentence.End,
                Level.Sentence,
                $"<span class=\"s\" id=\"s-{sentence.Position}\" data-start=\"{sentence.Start}\" data-end=\"{sentence.End}\">",
                "</span>",
                footnotes.Append(noteRefs.GetValueOrDefault(sentence.Id)).ToString()));
        }

        if (layers.HasFlag(ReadingLayer.Entities))
        {
            AddMentions(wraps, article, paragraph, withCards: true, withValues: false);
        }

        return WriteParagraph($"<p id=\"p-{paragraph.Position}\" data-start=\"{paragraph.Start}\" data-end=\"{paragraph.End}\">", paragraph, wraps);
    }

    /// <summary>The paragraph around one claim, which is highlighted; other claims are not marked and there are no notes.</summary>
    public IHtmlContent Focused(AnnotatedArticle article, Paragraph paragraph, ClaimRecord claim)
    {
        var wraps = new List<Wrap>
        {
            new(claim.Start, claim.End, Level.Claim, $"<mark class=\"claim\" id=\"claim-{Encode(claim.Key)}\">", "</mark>"),
        };
        AddMentions(wraps, article, paragraph, withCards: false, withValues: true);
        return WriteParagraph($"<p data-start=\"{paragraph.Start}\" data-end=\"{paragraph.End}\">", paragraph, wraps);
    }

    /// <summary>The paragraph around one flag, which is marked; claims are not, and there are no notes.</summary>
    public IHtmlContent Focused(AnnotatedArticle article, Paragraph paragraph, FlagRecord flag)
    {
        var wraps = new List<Wrap> { new(flag.Start, flag.End, Level.Flag, FlagMark(flag, string.Empty), "</mark>") };
        AddMentions(wraps, article, paragraph, withCards: false, withValues: true);
        return WriteParagraph($"<p data-start=\"{paragraph.Start}\" data-end=\"{paragraph.End}\">", paragraph, wraps);
    }

    /// <summary>A text that starts at <paramref name="textStart"/> in the source, with the source range [start, end) in a mark.</summary>
    public IHtmlContent Highlighted(string text, int textStart, int start, int end)
    {
        var from = Math.Clamp(start - textStart, 0, text.Length);
        var to = Math.Clamp(end - textStart, from, text.Length);
        return new HtmlString($"{Encode(text[..from])}<mark>{Encode(text[from..to])}</mark>{Encode(text[to..])}");
    }

    /// <summary>
    /// The glossary's entity cards, which mention links name in <c>aria-describedby</c> and scripts copy into hover
    /// cards: name (linked to the entity page), type, description and mention count.
    /// </summary>
    public IHtmlContent EntityCards(AnnotatedArticle article)
    {
        // Element names rather than classes style the parts: with 70-odd cards, every attribute adds up.
        var html = new StringBuilder("<ul class=\"entity-list\">");
        foreach (var entity in article.GlossaryEntities)
        {
            html.Append($"<li id=\"entity-{Encode(entity.Key)}\">")
                .Append($"<a href=\"{Encode(ArticleLinks.Entity(article.Slug, entity.Key))}\">{Encode(entity.Name)}</a> ")
                .Append($"<small>{EntityFacts.TypeName(entity.Type)}</small> ");
            if (entity.Description is { } description)
            {
                html.Append($"<span>{Encode(description)}</span> ");
            }

            html.Append($"<small>{EntityFacts.MentionCount(entity.Mentions.Count)}</small></li>");
        }

        return new HtmlString(html.Append("</ul>").ToString());
    }

    /// <summary>
    /// The claims' notes as a numbered list for print, in words only (<see cref="ClaimFacts.Summary"/>): the numbers
    /// in the text refer to it. One list item per claim, in number order.
    /// </summary>
    public IHtmlContent Endnotes(AnnotatedArticle article)
    {
        var html = new StringBuilder("<section class=\"endnotes\" aria-labelledby=\"endnotes-title\"><h2 id=\"endnotes-title\">Claims</h2><ol>");
        foreach (var claim in article.Claims)
        {
            html.Append("<li>")
                .AppendJoin(" · ", ClaimFacts.For(article, claim, options.CheckableClaimProbability).Summary(e => Encode(e.Text), Encode))
                .Append("</li>");
        }

        return new HtmlString(html.Append("</ol></section>").ToString());
    }

    /// <summary>Names as links; dates and quantities (with <paramref name="withValues"/>) as spans whose title is their value.</summary>
    private void AddMentions(List<Wrap> wraps, AnnotatedArticle article, Paragraph paragraph, bool withCards, bool withValues)
    {
        foreach (var mention in article.MentionsWithin(paragraph.Start, paragraph.End))
        {
            if (mention.IsValue)
            {
                if (!withValues)
                {
                    continue;
                }

                var kind = mention.Entity.Type == EntityType.Date ? "mention-date" : "mention-quantity";
                var value = mention.Mention.Value ?? mention.Entity.Name;
                wraps.Add(new Wrap(mention.Start, mention.End, Level.Mention, $"<span class=\"mention {kind}\" title=\"{Encode(value)}\">", "</span>"));
                continue;
            }

            var href = ArticleLinks.Entity(article.Slug, mention.Entity.Key);
            var card = withCards ? $" aria-describedby=\"entity-{Encode(mention.Entity.Key)}\"" : string.Empty;
            wraps.Add(new Wrap(mention.Start, mention.End, Level.Mention, $"<a class=\"mention\" href=\"{Encode(href)}\"{card}>", "</a>"));
        }
    }

    /// <summary>
    /// Writes the paragraph's text with the wraps nested in it. A wrap that would straddle another's edge, fall
    /// outside the paragraph or nest where it may not (a link in a link) is left out rather than break the markup.
    /// </summary>
    private HtmlString WriteParagraph(string open, Paragraph paragraph, List<Wrap> wraps)
    {
        var html = new StringBuilder(paragraph.Text.Length * 3).Append(open);
        var stack = new Stack<Wrap>();
        var cursor = paragraph.Start;

        void TextUpTo(int position)
        {
            html.Append(Encode(paragraph.Text[(cursor - paragraph.Start)..(position - paragraph.Start)]));
            cursor = position;
        }

        void CloseTop()
        {
            var top = stack.Pop();
            TextUpTo(top.End);
            html.Append(top.Close).Append(top.After);
        }

        foreach (var wrap in wraps.OrderBy(w => w.Start).ThenByDescending(w => w.End).ThenBy(w => w.Level))
        {
            if (wrap.Start < paragraph.Start || wrap.End > paragraph.End || wrap.Start >= wrap.End)
            {
                continue;
            }

            while (stack.Count > 0 && stack.Peek().End <= wrap.Start)
            {
                CloseTop();
            }

            var fits = wrap.Start >= cursor
                && (stack.Count == 0 || (wrap.End <= stack.Peek().End
                    && (stack.Peek().Level < wrap.Level || (stack.Peek().Level == wrap.Level && wrap.Nests))));
            if (!fits)
            {
                continue;
            }

            TextUpTo(wrap.Start);
            html.Append(wrap.Open);
            stack.Push(wrap);
        }

        while (stack.Count > 0)
        {
            CloseTop();
        }

        TextUpTo(paragraph.End);
        return new HtmlString(html.Append("</p>").ToString());
    }

    /// <summary>
    /// A claim's note: the superscript reference, the checkbox and label that open it on narrow screens, and the note,
    /// which wide screens place in the margin beside its line. It says what a reader needs in words (see
    /// <see cref="ClaimFacts.Summary"/>); scores and offsets are on the claim page it links to as "details". Only
    /// phrasing content, since it sits inside the paragraph.
    /// </summary>
    private void WriteFootnote(StringBuilder html, AnnotatedArticle article, ClaimFacts facts)
    {
        var n = facts.Number.ToString(CultureInfo.InvariantCulture);
        var claim = facts.Claim;
        html.Append($"<sup class=\"fnref\"><a id=\"fnref-{n}\" href=\"#fn-{n}\" aria-label=\"Note {n}\">{n}</a></sup>")
            .Append($"<input type=\"checkbox\" class=\"note-toggle\" id=\"fn-{n}-toggle\" aria-label=\"Show note {n}\">")
            .Append($"<label class=\"note-label\" for=\"fn-{n}-toggle\">{n}</label>")
            .Append($"<span class=\"sidenote\" id=\"fn-{n}\" role=\"note\">")
            .Append($"<a class=\"backref\" href=\"#fnref-{n}\" aria-label=\"Back to the text\">↩</a> ")
            .Append($"<b class=\"note-number\">{n}</b> ")
            .AppendJoin(" · ", facts.Summary(e => EntityLink(article, e.Entity, e.Text), Encode))
            .Append(" <span class=\"note-links\">")
            .Append($"<a href=\"{Encode(ArticleLinks.Claim(article.Slug, claim.Key))}\">details</a> · ")
            .Append($"<a href=\"{Encode(ArticleLinks.Source(article.Slug, claim.Start, claim.End))}\">source</a>")
            .Append("</span></span>");
    }

    /// <summary>
    /// With the claims layer off, a claim shows only its small number, which leads to the claim's page: the calm
    /// default has no notes in the margin but keeps every claim one step away.
    /// </summary>
    private void WriteClaimNumber(StringBuilder html, AnnotatedArticle article, ClaimRecord claim)
    {
        var n = AnnotatedArticle.FootnoteNumber(claim).ToString(CultureInfo.InvariantCulture);
        html.Append($"<sup class=\"fnref\"><a href=\"{Encode(ArticleLinks.Claim(article.Slug, claim.Key))}\" aria-label=\"Claim {n}\">{n}</a></sup>");
    }

    private string FlagMark(FlagRecord flag, string attributes) =>
        $"<mark class=\"flag flag-{FlagFacts.KindSlug(flag.Kind)}\" id=\"flag-{Encode(flag.Key)}\"{attributes}>";

    /// <summary>
    /// A flag's note: the ⚑ reference after the sentence and the note it opens (floated into the margin on wide screens,
    /// shown as the link's target on narrow ones). Kept small, for the reading page's weight budget: no toggle, since
    /// the reference is a plain link, and no back link, since the flagged words sit just before the reference.
    /// </summary>
    private void WriteFlagNote(StringBuilder html, AnnotatedArticle article, FlagRecord flag)
    {
        var key = Encode(flag.Key);
        var kind = FlagFacts.KindName(flag.Kind);
        html.Append($"<sup class=\"flagref\"><a href=\"#flagnote-{key}\">⚑<span class=\"vh\"> {kind}</span></a></sup>")
            .Append($"<span class=\"flag-note\" id=\"flagnote-{key}\" role=\"note\">")
            .Append($"<b><a href=\"{Encode(ArticleLinks.Flag(article.Slug, flag.Key))}\">⚑ {kind}</a></b> {Encode(flag.Explanation)}");
        var related = FlagFacts.Related(article, flag);
        if (related.Count > 0)
        {
            html.Append(" See ").AppendJoin(", ", related.Select(r =>
                $"<a href=\"{Encode(ArticleLinks.Source(article.Slug, r.Start, r.End))}\">“{Encode(r.Text)}”</a>"));
        }

        html.Append("</span>");
    }

    /// <summary>
    /// A note's link to an entity goes to its card at the end of the page, which links on to the entity page: the
    /// in-page address is a fraction of the length, and the reading page has a weight budget.
    /// </summary>
    private string EntityLink(AnnotatedArticle article, EntityRecord? entity, string text) =>
        entity is null ? Encode(text)
        : article.GlossaryEntities.Contains(entity) ? $"<a href=\"#entity-{Encode(entity.Key)}\">{Encode(text)}</a>"
        : $"<a href=\"{Encode(ArticleLinks.Entity(article.Slug, entity.Key))}\">{Encode(text)}</a>";

    private string Encode(string text) => encoder.Encode(text);
}
