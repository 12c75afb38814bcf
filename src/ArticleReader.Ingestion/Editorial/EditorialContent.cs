namespace ArticleReader.Ingestion.Editorial;

/// <summary>What people wrote about one article in its <c>content/&lt;slug&gt;/</c> folder.</summary>
public sealed record EditorialContent(IReadOnlyList<SectionOverride> Sections, Glossary Glossary)
{
    public static EditorialContent None { get; } = new([], Glossary.Empty);
}

/// <summary>An editor's section: it opens at the paragraph that starts with <see cref="Starts"/>.</summary>
public sealed record SectionOverride(string Starts, string Title);
