namespace ArticleReader.Notes;

/// <summary>The <c>Notes</c> section of the configuration.</summary>
public sealed class NotesOptions
{
    public const string SectionName = "Notes";

    /// <summary>How many note writes (new notes, replies, edits, deletions) a reader may make per <see cref="WriteWindow"/>.</summary>
    public int WritesPerWindow { get; set; } = 30;

    public TimeSpan WriteWindow { get; set; } = TimeSpan.FromMinutes(1);
}
