namespace ArticleReader.Ingestion.Sections;

/// <summary>Finds where the body of an article turns to a new topic.</summary>
public sealed class SectionSegmenter
{
    /// <summary>The indices of the paragraphs that open a section, ascending; the first is always 0.</summary>
    public IReadOnlyList<int> FindSectionStarts(IReadOnlyList<ParsedParagraph> paragraphs) =>
        paragraphs.Count == 0 ? [] : [0];
}
