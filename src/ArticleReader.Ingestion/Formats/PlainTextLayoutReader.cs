using ArticleReader.Ingestion.Blocks;

namespace ArticleReader.Ingestion.Formats;

/// <summary>Plain text is its own reading text; its blocks are runs of lines between blank lines.</summary>
public sealed class PlainTextLayoutReader : IArticleLayoutReader
{
    public static PlainTextLayoutReader Instance { get; } = new();

    public ArticleLayout Read(string source) => new(ReadingText.Verbatim(source), TextBlock.Read(source));
}
