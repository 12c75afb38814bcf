using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles.Annotations;

/// <summary>A reader's note in the text: its passage highlighted, and a link to the note in the margin.</summary>
public static class NoteAnchorRenderer
{
    /// <summary>The highlighted passage; notes on the same words nest, so the words show every note on them.</summary>
    public static NestedSpan Mark(NoteMark note, AnnotationLevel level, IHtmlContent? after = null) =>
        new Element("mark")
            .Attribute("class", "note-anchor")
            .Attribute("id", "anchor-" + Id(note))
            .Around(note.Start, note.End, level, after, nests: true);

    public static IHtmlContent Reference(NoteMark note) =>
        new Element("a")
            .Attribute("class", "note-ref")
            .Attribute("href", "#note-" + Id(note))
            .Content(new Element("span").Attribute("class", "vh").Literal("Reader's note "))
            .Literal("✎");

    private static string Id(NoteMark note) => note.Id.ToString(CultureInfo.InvariantCulture);
}
