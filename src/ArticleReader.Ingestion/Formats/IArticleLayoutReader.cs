using ArticleReader.Ingestion.Blocks;

namespace ArticleReader.Ingestion.Formats;

/// <summary>The front end of one article format: what the rest of the pipeline needs to know about the source's layout.</summary>
public interface IArticleLayoutReader
{
    /// <exception cref="IngestionException">The source holds no paragraph of article text.</exception>
    ArticleLayout Read(string source);
}

/// <summary>
/// An article's reading text and its blocks in reading order: paragraphs, and for Markdown and HTML headings.
/// Block spans are offsets into <see cref="ReadingText.Text"/>.
/// </summary>
public sealed record ArticleLayout(ReadingText Text, IReadOnlyList<TextBlock> Blocks);
