using System.Text.Encodings.Web;
using ArticleReader.Data;
using ArticleReader.Pages.Articles.Annotations;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// Writes a paragraph of an article as HTML: which annotations each page shows, and at which level of the nesting
/// (<see cref="AnnotationLevel"/>). The markup of each kind is its renderer's (Annotations/*Renderer.cs), the nesting
/// is <see cref="SpanNestingWriter"/>'s. Article text is untrusted: the renderers hand it to the encoder as text.
/// </summary>
public sealed class AnnotatedParagraphRenderer(HtmlEncoder encoder, IOptions<ReadingOptions> readingOptions)
{
    private readonly ReadingOptions options = readingOptions.Value;

    /// <summary>
    /// The paragraph as the reading page shows it with <paramref name="layers"/> on: ids and offsets on the paragraph
    /// and every sentence; each claim wrapped (so links can target it) and followed by its number, which with the
    /// claims layer opens its note; with the entities layer each name linked to its entity page and described by its
    /// card; with the flags layer each flag marked with its note; and the passages of readers' notes in
    /// <paramref name="notes"/> highlighted, each followed by a link to its note.
    /// </summary>
    public IHtmlContent Reading(AnnotatedArticle article, Paragraph paragraph, ReadingLayer layers, IReadOnlyList<NoteMark>? notes = null)
    {
        var spans = new List<NestedSpan>();
        var noteRefs = AddNotes(spans, paragraph, notes ?? []);
        foreach (var sentence in paragraph.Sentences)
        {
            var after = new HtmlContentBuilder();
            AddClaims(spans, after, article, sentence, layers);
            if (layers.HasFlag(ReadingLayer.Flags))
            {
                foreach (var flag in article.FlagsWithin(sentence.Start, sentence.End))
                {
                    spans.Add(FlagRenderer.Mark(flag, withNote: true));
                    after.AppendHtml(FlagRenderer.Note(article, flag));
                }
            }

            if (noteRefs.TryGetValue(sentence.Id, out var refs))
            {
                after.AppendHtml(refs);
            }

            spans.Add(SentenceRenderer.Span(sentence, after));
        }

        if (layers.HasFlag(ReadingLayer.Entities))
        {
            AddMentions(spans, article, paragraph, withCards: true, withValues: false);
        }

        return Write(SentenceRenderer.Paragraph(paragraph), paragraph, spans);
    }

    /// <summary>The paragraph around one claim, which is highlighted; other claims are not marked and there are no notes.</summary>
    public IHtmlContent Focused(AnnotatedArticle article, Paragraph paragraph, ClaimRecord claim)
    {
        var spans = new List<NestedSpan> { ClaimRenderer.Mark(claim, "mark") };
        AddMentions(spans, article, paragraph, withCards: false, withValues: true);
        return Write(SentenceRenderer.QuotedParagraph(paragraph), paragraph, spans);
    }

    /// <summary>The paragraph around one flag, which is marked; claims are not, and there are no notes.</summary>
    public IHtmlContent Focused(AnnotatedArticle article, Paragraph paragraph, FlagRecord flag)
    {
        var spans = new List<NestedSpan> { FlagRenderer.Mark(flag, withNote: false) };
        AddMentions(spans, article, paragraph, withCards: false, withValues: true);
        return Write(SentenceRenderer.QuotedParagraph(paragraph), paragraph, spans);
    }

    /// <summary>A text that starts at <paramref name="textStart"/> in the source, with the source range [start, end) in a mark.</summary>
    public IHtmlContent Highlighted(string text, int textStart, int start, int end)
    {
        var from = Math.Clamp(start - textStart, 0, text.Length);
        var to = Math.Clamp(end - textStart, from, text.Length);
        var html = new HtmlContentBuilder().Append(text[..from]).AppendHtml(new Element("mark").Text(text[from..to])).Append(text[to..]);
        return Markup.Write(html, encoder, text.Length + 16);
    }

    /// <summary>The glossary's entity cards (<see cref="EntityRenderer.Cards"/>).</summary>
    public IHtmlContent EntityCards(AnnotatedArticle article) => Markup.Write(EntityRenderer.Cards(article), encoder, 16 * 1024);

    /// <summary>The claims' notes for print (<see cref="ClaimRenderer.Endnotes"/>).</summary>
    public IHtmlContent Endnotes(AnnotatedArticle article) =>
        Markup.Write(ClaimRenderer.Endnotes(article, options.CheckableClaimProbability, encoder), encoder, 16 * 1024);

    /// <summary>
    /// The notes' passages. Within one sentence the link to the note waits until after the sentence (returned by
    /// sentence id), since a sentence must hold exactly its source text; over several it follows the passage.
    /// </summary>
    private static Dictionary<int, HtmlContentBuilder> AddNotes(List<NestedSpan> spans, Paragraph paragraph, IReadOnlyList<NoteMark> notes)
    {
        var refs = new Dictionary<int, HtmlContentBuilder>();
        foreach (var note in notes)
        {
            if (paragraph.Sentences.FirstOrDefault(s => s.Start <= note.Start && note.End <= s.End) is { } sentence)
            {
                spans.Add(NoteAnchorRenderer.Mark(note, AnnotationLevel.Quote));
                (refs.TryGetValue(sentence.Id, out var sentenceRefs) ? sentenceRefs : refs[sentence.Id] = new()).AppendHtml(NoteAnchorRenderer.Reference(note));
            }
            else
            {
                spans.Add(NoteAnchorRenderer.Mark(note, AnnotationLevel.Passage, NoteAnchorRenderer.Reference(note)));
            }
        }

        return refs;
    }

    /// <summary>The sentence's claims, each followed by its note with the claims layer, else by its number.</summary>
    private void AddClaims(List<NestedSpan> spans, HtmlContentBuilder after, AnnotatedArticle article, Sentence sentence, ReadingLayer layers)
    {
        foreach (var claim in article.ClaimsOf(sentence))
        {
            spans.Add(ClaimRenderer.Mark(claim, "span"));
            after.AppendHtml(layers.HasFlag(ReadingLayer.Claims)
                ? ClaimRenderer.Footnote(article, ClaimFacts.For(article, claim, options.CheckableClaimProbability), encoder)
                : ClaimRenderer.Number(article, claim));
        }
    }

    /// <summary>Names as links; dates and quantities (with <paramref name="withValues"/>) as spans whose title is their value.</summary>
    private static void AddMentions(List<NestedSpan> spans, AnnotatedArticle article, Paragraph paragraph, bool withCards, bool withValues)
    {
        foreach (var mention in article.MentionsWithin(paragraph.Start, paragraph.End))
        {
            if (!mention.IsValue)
            {
                spans.Add(EntityRenderer.Link(article, mention, withCards));
            }
            else if (withValues)
            {
                spans.Add(EntityRenderer.Value(mention));
            }
        }
    }

    private HtmlString Write(Element element, Paragraph paragraph, List<NestedSpan> spans)
    {
        var text = new HtmlContentBuilder();
        SpanNestingWriter.Write(text, paragraph.Text, paragraph.Start, spans);
        return Markup.Write(element.Content(text), encoder, paragraph.Text.Length * 3);
    }
}
