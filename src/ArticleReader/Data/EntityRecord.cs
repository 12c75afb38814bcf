using ArticleReader.Ingestion.Entities;

namespace ArticleReader.Data;

/// <summary>A canonical entity of one article revision (a person, organization, place, event, product, date or quantity).</summary>
public sealed class EntityRecord
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>Stable within the article across revisions; used in entity URLs.</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    public EntityType Type { get; set; }

    public string? Description { get; set; }

    public string? Link { get; set; }

    public string? Wikidata { get; set; }

    public string? Note { get; set; }

    public List<MentionRecord> Mentions { get; set; } = [];
}
