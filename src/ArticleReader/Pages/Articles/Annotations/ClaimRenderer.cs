using System.Globalization;
using System.Text.Encodings.Web;
using ArticleReader.Data;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles.Annotations;

/// <summary>Claims in the text: the claim's words wrapped so links can target them, and its numbered note after the sentence.</summary>
public static class ClaimRenderer
{
    /// <param name="element"><c>span</c> in the reading page, <c>mark</c> where the claim is the one the page is about.</param>
    public static NestedSpan Mark(ClaimRecord claim, string element) =>
        new Element(element).Attribute("class", "claim").Attribute("id", "claim-" + claim.Key).Around(claim.Start, claim.End, AnnotationLevel.Claim);

    /// <summary>
    /// A claim's note: the superscript reference, the checkbox and label that open it on narrow screens, and the note,
    /// which wide screens place in the margin beside its line. It says what a reader needs in words (see
    /// <see cref="ClaimFacts.Summary"/>); scores and offsets are on the claim page it links to as "details". Only
    /// phrasing content, since it sits inside the paragraph.
    /// </summary>
    public static IHtmlContent Footnote(AnnotatedArticle article, ClaimFacts facts, HtmlEncoder encoder)
    {
        var n = facts.Number.ToString(CultureInfo.InvariantCulture);
        var claim = facts.Claim;
        var reference = new Element("sup").Attribute("class", "fnref").Content(
            new Element("a").Attribute("id", $"fnref-{n}").Attribute("href", $"#fn-{n}").Attribute("aria-label", $"Note {n}").Text(n));
        var toggle = Element.Void("input")
            .Attribute("type", "checkbox")
            .Attribute("class", "note-toggle")
            .Attribute("id", $"fn-{n}-toggle")
            .Attribute("aria-label", $"Show note {n}");
        var label = new Element("label").Attribute("class", "note-label").Attribute("for", $"fn-{n}-toggle").Text(n);
        var links = new Element("span")
            .Attribute("class", "note-links")
            .Content(new Element("a").Attribute("href", ArticleLinks.Claim(article.Slug, claim.Key)).Literal("details"))
            .Literal(" · ")
            .Content(new Element("a").Attribute("href", ArticleLinks.Source(article.Slug, claim.Start, claim.End)).Literal("source"));
        var note = new Element("span")
            .Attribute("class", "sidenote")
            .Attribute("id", $"fn-{n}")
            .Attribute("role", "note")
            .Content(new Element("a").Attribute("class", "backref").Attribute("href", $"#fnref-{n}").Attribute("aria-label", "Back to the text").Literal("↩"))
            .Literal(" ")
            .Content(new Element("b").Attribute("class", "note-number").Text(n))
            .Literal(" ")
            .Content(Summary(facts, e => EntityLink(article, e.Entity, e.Text), encoder))
            .Literal(" ")
            .Content(links);
        return new HtmlContentBuilder().AppendHtml(reference).AppendHtml(toggle).AppendHtml(label).AppendHtml(note);
    }

    /// <summary>
    /// With the claims layer off, a claim shows only its small number, which leads to the claim's page: the calm
    /// default has no notes in the margin but keeps every claim one step away.
    /// </summary>
    public static IHtmlContent Number(AnnotatedArticle article, ClaimRecord claim)
    {
        var n = AnnotatedArticle.FootnoteNumber(claim).ToString(CultureInfo.InvariantCulture);
        return new Element("sup").Attribute("class", "fnref").Content(
            new Element("a").Attribute("href", ArticleLinks.Claim(article.Slug, claim.Key)).Attribute("aria-label", $"Claim {n}").Text(n));
    }

    /// <summary>
    /// The claims' notes as a numbered list for print, in words only (<see cref="ClaimFacts.Summary"/>): the numbers
    /// in the text refer to it. One list item per claim, in number order.
    /// </summary>
    public static IHtmlContent Endnotes(AnnotatedArticle article, double checkable, HtmlEncoder encoder)
    {
        var list = new Element("ol");
        foreach (var claim in article.Claims)
        {
            list.Content(new Element("li").Content(Summary(ClaimFacts.For(article, claim, checkable), e => new HtmlContentBuilder().Append(e.Text), encoder)));
        }

        return new Element("section")
            .Attribute("class", "endnotes")
            .Attribute("aria-labelledby", "endnotes-title")
            .Content(new Element("h2").Attribute("id", "endnotes-title").Literal("Claims"))
            .Content(list);
    }

    /// <summary>The summary's pieces joined with " · "; <see cref="ClaimFacts.Summary"/> takes the encoder for the text it quotes.</summary>
    private static HtmlString Summary(ClaimFacts facts, Func<(EntityRecord? Entity, string Text), IHtmlContent> entityLink, HtmlEncoder encoder) =>
        new(string.Join(" · ", facts.Summary(e => Markup.Write(entityLink(e), encoder).ToString(), encoder.Encode)));

    /// <summary>
    /// A note's link to an entity goes to its card at the end of the page, which links on to the entity page: the
    /// in-page address is a fraction of the length, and the reading page has a weight budget.
    /// </summary>
    private static IHtmlContent EntityLink(AnnotatedArticle article, EntityRecord? entity, string text) =>
        entity is null ? new HtmlContentBuilder().Append(text)
        : new Element("a")
            .Attribute("href", article.GlossaryEntities.Contains(entity) ? "#entity-" + entity.Key : ArticleLinks.Entity(article.Slug, entity.Key))
            .Text(text);
}
