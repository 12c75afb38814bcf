namespace ArticleReader.Data;

public sealed class Sentence
{
    public int Id { get; set; }

    public int ParagraphId { get; set; }

    /// <summary>Order within the whole article (positions are unique per article, counted across sections).</summary>
    public int Position { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }
}
