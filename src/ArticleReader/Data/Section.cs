using ArticleReader.Ingestion;

namespace ArticleReader.Data;

public sealed class Section
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int Position { get; set; }

    public required string Title { get; set; }

    public TitleSource TitleSource { get; set; }

    public SectionKind Kind { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public List<Paragraph> Paragraphs { get; set; } = [];
}
