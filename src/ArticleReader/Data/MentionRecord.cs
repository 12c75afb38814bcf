using ArticleReader.Ingestion.Entities;

namespace ArticleReader.Data;

/// <summary>One place in the source text that names an entity.</summary>
public sealed class MentionRecord
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int EntityId { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public EntityType Type { get; set; }

    public MentionEvidence Evidence { get; set; }

    /// <summary>A title or role written with a person's name, kept apart from the name.</summary>
    public string? Role { get; set; }

    /// <summary>The normalized value of a date or quantity.</summary>
    public string? Value { get; set; }

    /// <summary>How the value was reached (<c>relative, resolved against the dateline</c>).</summary>
    public string? Note { get; set; }
}
