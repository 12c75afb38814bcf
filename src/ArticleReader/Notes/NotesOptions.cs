namespace ArticleReader.Notes;

/// <summary>The <c>Notes</c> section of the configuration.</summary>
public sealed class NotesOptions
{
    public const string SectionName = "Notes";

    /// <summary>How many note writes (new notes, replies, edits, deletions) a reader may make per <see cref="WriteWindow"/>.</summary>
    public int WritesPerWindow { get; set; } = 30;

    public TimeSpan WriteWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How deep quotes, lists and emphasis may nest in a note's Markdown. Real notes rarely pass 4; Markdig itself
    /// gives up at 128, and deep nesting only makes rendering slow.
    /// </summary>
    public int MaxMarkdownNesting { get; set; } = 16;
}
