using ArticleReader.Ingestion.Blocks;

namespace ArticleReader.Ingestion.Formats;

/// <summary>Writes the blocks of a marked-up article into one reading text, a blank line between two blocks.</summary>
internal sealed class LayoutWriter
{
    private readonly List<TextBlock> _blocks = [];
    private int _blockStart = -1;

    public ReadingText.Builder Text { get; } = new();

    public void BeginBlock()
    {
        if (Text.Length > 0)
        {
            Text.AppendSeparator("\n\n");
        }

        _blockStart = Text.Length;
    }

    /// <summary>Ends the block begun last; a block that holds no text is left out.</summary>
    public void EndBlock(int headingLevel = 0, HeaderHints? hints = null)
    {
        var start = _blockStart;
        var end = Text.Length;
        var text = Text.Slice(start, end);
        var trimmed = new TextSpan(0, text.Length).Trim(text);
        if (trimmed.IsEmpty)
        {
            return;
        }

        text = trimmed.Slice(text);
        _blocks.Add(new TextBlock(new TextSpan(start + trimmed.Start, start + trimmed.End), text, text.Count(c => c == '\n') + 1)
        {
            HeadingLevel = headingLevel,
            Hints = hints,
        });
    }

    /// <exception cref="IngestionException">No block is a paragraph.</exception>
    public ArticleLayout Build(string formatName)
    {
        if (!_blocks.Any(b => !b.IsHeading))
        {
            throw new IngestionException($"the {formatName} has no paragraph of article text");
        }

        return new ArticleLayout(Text.Build(), _blocks);
    }
}
