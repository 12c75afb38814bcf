using ArticleReader.Ingestion;

namespace ArticleReader.Data;

/// <summary>Publisher text kept out of the article body, stored so the source view can still show what it was.</summary>
public sealed class BoilerplateBlock
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public BoilerplateKind Kind { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }
}
