namespace ArticleReader.Notes;

/// <summary>Marks a page whose POST handlers write notes, so that they count against the reader's write limit.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NoteWriteAttribute : Attribute;
