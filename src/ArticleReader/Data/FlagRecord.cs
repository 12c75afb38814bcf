using ArticleReader.Ingestion.Consistency;

namespace ArticleReader.Data;

/// <summary>A place where the article disagrees with itself or its glossary.</summary>
public sealed class FlagRecord
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public required string Key { get; set; }

    public FlagKind Kind { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public required string Explanation { get; set; }

    /// <summary>The other passages the flag is about, as <c>start,end</c> pairs.</summary>
    public List<string> Related { get; set; } = [];
}
