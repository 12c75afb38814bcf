using ArticleReader.Ingestion.Entities;

namespace ArticleReader.Pages.Articles;

/// <summary>How entity types read in the pages.</summary>
public static class EntityFacts
{
    public static bool IsValue(EntityType type) => type is EntityType.Date or EntityType.Quantity;

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Org => "Organization",
        EntityType.Place => "Place",
        EntityType.Event => "Event",
        EntityType.Product => "Product",
        EntityType.Date => "Date",
        EntityType.Quantity => "Quantity",
        EntityType.Group => "Nationality or group",
        EntityType.Other => "Other name",
        _ => type.ToString(),
    };

    public static string MentionCount(int count) => count == 1 ? "1 mention" : $"{count} mentions";
}
