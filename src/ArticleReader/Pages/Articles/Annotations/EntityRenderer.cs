using ArticleReader.Ingestion.Entities;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles.Annotations;

/// <summary>
/// Entities in the text: names link to their entity pages, dates and quantities show their value as a title, and the
/// glossary holds the cards that name links point to.
/// </summary>
public static class EntityRenderer
{
    /// <param name="withCard">Whether the link names the entity's card in the glossary, which scripts show on hover.</param>
    public static NestedSpan Link(AnnotatedArticle article, PlacedMention mention, bool withCard) =>
        new Element("a")
            .Attribute("class", "mention")
            .Attribute("href", ArticleLinks.Entity(article.Slug, mention.Entity.Key))
            .Attribute("aria-describedby", withCard ? "entity-" + mention.Entity.Key : null)
            .Around(mention.Start, mention.End, AnnotationLevel.Mention);

    public static NestedSpan Value(PlacedMention mention) =>
        new Element("span")
            .Attribute("class", mention.Entity.Type == EntityType.Date ? "mention mention-date" : "mention mention-quantity")
            .Attribute("title", mention.Mention.Value ?? mention.Entity.Name)
            .Around(mention.Start, mention.End, AnnotationLevel.Mention);

    /// <summary>
    /// The glossary's entity cards, which mention links name in <c>aria-describedby</c> and scripts copy into hover
    /// cards: name (linked to the entity page), type, description and mention count.
    /// </summary>
    public static IHtmlContent Cards(AnnotatedArticle article)
    {
        // Element names rather than classes style the parts: with 70-odd cards, every attribute adds up.
        var list = new Element("ul").Attribute("class", "entity-list");
        foreach (var entity in article.GlossaryEntities)
        {
            var card = new Element("li")
                .Attribute("id", "entity-" + entity.Key)
                .Content(new Element("a").Attribute("href", ArticleLinks.Entity(article.Slug, entity.Key)).Text(entity.Name))
                .Literal(" ")
                .Content(new Element("small").Text(EntityFacts.TypeName(entity.Type)))
                .Literal(" ");
            if (entity.Description is { } description)
            {
                card.Content(new Element("span").Text(description)).Literal(" ");
            }

            list.Content(card.Content(new Element("small").Text(EntityFacts.MentionCount(entity.Mentions.Count))));
        }

        return list;
    }
}
