using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Entities.Gazetteer;

namespace ArticleReader.Ingestion.Entities;

/// <summary>A stretch of text that names something, before it is tied to a canonical entity.</summary>
/// <param name="Type">The kind of name, or null when only the rest of the article can tell (a lone unknown word).</param>
/// <param name="Place">What the gazetteer knows of the place, or of the country of a demonym.</param>
/// <param name="Locative">The name stands where a location does (<c>in Baku</c>, <c>visited Baku</c>), not an actor.</param>
internal sealed record NameCandidate(
    TextSpan Span,
    string Text,
    EntityType? Type,
    MentionEvidence Evidence,
    string? Role = null,
    GazetteerPlace? Place = null,
    GlossaryEntry? Entry = null,
    bool IsDemonym = false,
    bool Locative = false);
