namespace ArticleReader.Data;

public sealed class Paragraph
{
    public int Id { get; set; }

    public int SectionId { get; set; }

    /// <summary>Order within the whole article (positions are unique per article, counted across sections).</summary>
    public int Position { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public List<Sentence> Sentences { get; set; } = [];
}
