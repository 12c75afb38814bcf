namespace ArticleReader.Data;

/// <summary>An author of an article, as introduced by a biography paragraph.</summary>
public sealed class ArticleAuthor
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public int NameStart { get; set; }

    public int NameEnd { get; set; }

    public int BiographyStart { get; set; }

    public int BiographyEnd { get; set; }
}
