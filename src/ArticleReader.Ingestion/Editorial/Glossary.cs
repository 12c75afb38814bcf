using ArticleReader.Ingestion.Entities;

namespace ArticleReader.Ingestion.Editorial;

/// <summary>An editor's entry for one entity of an article: what it is called, how the text writes it, what it is.</summary>
/// <param name="Aliases">Surface forms as the article writes them (case-sensitive), besides <paramref name="Name"/>.</param>
/// <param name="Wikidata">The Wikidata item id (Q…), when the editor is sure of it.</param>
/// <param name="Note">Why an alias is odd, for example a misspelling in the source.</param>
public sealed record GlossaryEntry(
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    string? Description,
    string? Link,
    string? Wikidata,
    string? Note);

public sealed record Glossary(IReadOnlyList<GlossaryEntry> Entries)
{
    public static Glossary Empty { get; } = new([]);

    /// <summary>The entry whose name or alias is exactly <paramref name="surface"/>.</summary>
    public GlossaryEntry? Find(string surface) =>
        Entries.FirstOrDefault(e => e.Name == surface || e.Aliases.Contains(surface, StringComparer.Ordinal));
}
