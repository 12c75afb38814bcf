using System.Globalization;
using ArticleReader.Data;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles.Annotations;

/// <summary>Sentences and paragraphs carry their ids and source offsets, which notes and scripts select by.</summary>
public static class SentenceRenderer
{
    /// <summary>
    /// The sentence, followed by <paramref name="after"/> (its notes), which go after it rather than inside so that a
    /// sentence's text stays exactly its source text.
    /// </summary>
    public static NestedSpan Span(Sentence sentence, IHtmlContent after) =>
        new Element("span")
            .Attribute("class", "s")
            .Attribute("id", "s-" + sentence.Position.ToString(CultureInfo.InvariantCulture))
            .Attribute("data-start", sentence.Start)
            .Attribute("data-end", sentence.End)
            .Around(sentence.Start, sentence.End, AnnotationLevel.Sentence, after);

    /// <summary>The paragraph of the reading page, with its id.</summary>
    public static Element Paragraph(Paragraph paragraph) =>
        new Element("p")
            .Attribute("id", "p-" + paragraph.Position.ToString(CultureInfo.InvariantCulture))
            .Attribute("data-start", paragraph.Start)
            .Attribute("data-end", paragraph.End);

    /// <summary>A paragraph shown on another page, which has no ids to clash with the reading page's.</summary>
    public static Element QuotedParagraph(Paragraph paragraph) =>
        new Element("p").Attribute("data-start", paragraph.Start).Attribute("data-end", paragraph.End);
}
