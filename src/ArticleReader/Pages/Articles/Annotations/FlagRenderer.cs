using ArticleReader.Data;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles.Annotations;

/// <summary>Consistency flags in the text: the flagged words marked, and with the flags layer a note after the sentence.</summary>
public static class FlagRenderer
{
    /// <param name="withNote">Whether the mark names its note (<see cref="Note"/>), which follows the sentence.</param>
    public static NestedSpan Mark(FlagRecord flag, bool withNote) =>
        new Element("mark").Attribute("class", $"flag flag-{FlagFacts.KindSlug(flag.Kind)}").Attribute("id", "flag-" + flag.Key)
            .Attribute("aria-describedby", withNote ? "flagnote-" + flag.Key : null)
            .Around(flag.Start, flag.End, AnnotationLevel.Flag);

    /// <summary>
    /// A flag's note: the ⚑ reference after the sentence and the note it opens (floated into the margin on wide screens,
    /// shown as the link's target on narrow ones). Kept small, for the reading page's weight budget: no toggle, since
    /// the reference is a plain link, and no back link, since the flagged words sit just before the reference.
    /// </summary>
    public static IHtmlContent Note(AnnotatedArticle article, FlagRecord flag)
    {
        var kind = FlagFacts.KindName(flag.Kind);
        var reference = new Element("sup").Attribute("class", "flagref").Content(
            new Element("a").Attribute("href", "#flagnote-" + flag.Key).Literal("⚑").Content(new Element("span").Attribute("class", "vh").Literal(" ").Text(kind)));
        var note = new Element("span")
            .Attribute("class", "flag-note")
            .Attribute("id", "flagnote-" + flag.Key)
            .Attribute("role", "note")
            .Content(new Element("b").Content(new Element("a").Attribute("href", ArticleLinks.Flag(article.Slug, flag.Key)).Literal("⚑ ").Text(kind)))
            .Literal(" ")
            .Text(flag.Explanation);
        var related = FlagFacts.Related(article, flag);
        for (var i = 0; i < related.Count; i++)
        {
            note.Literal(i == 0 ? " See " : ", ").Content(
                new Element("a").Attribute("href", ArticleLinks.Source(article.Slug, related[i].Start, related[i].End)).Literal("“").Text(related[i].Text).Literal("”"));
        }

        return new HtmlContentBuilder().AppendHtml(reference).AppendHtml(note);
    }
}
