using ArticleReader.Ingestion.Relations;

namespace ArticleReader.Data;

/// <summary>A relation between two actors stated by a claim (for the actor map).</summary>
public sealed class RelationRecord
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public required string SubjectKey { get; set; }

    public required RelationKind Kind { get; set; }

    public required string ObjectKey { get; set; }

    public required string ClaimKey { get; set; }

    /// <summary>The words of the claim that state the relation.</summary>
    public int EvidenceStart { get; set; }

    public int EvidenceEnd { get; set; }
}
