namespace ArticleReader.Ingestion.Entities;

/// <summary>What a name or expression refers to. New kinds go last: stored rows keep their numbers.</summary>
public enum EntityType
{
    Person,
    Org,
    Place,
    Event,
    Product,
    Date,
    Quantity,

    /// <summary>A nationality or people named by a demonym ("Russian", "Israelis"): tied to its country's entity, not a place.</summary>
    Group,

    /// <summary>Any other name: a work, a law, a language, a brand that is no product, an award.</summary>
    Other,
}

/// <summary>How a mention was recognized, so a reader (and the evaluation) can tell evidence apart.</summary>
public enum MentionEvidence
{
    /// <summary>An alias in the article's editorial glossary.</summary>
    Glossary,

    /// <summary>A country, capital, city or demonym in the place gazetteer.</summary>
    Gazetteer,

    /// <summary>A cue in or around the name (the rule-based recognizer of earlier revisions; stored mentions keep it).</summary>
    Cue,

    /// <summary>The shape of the name alone (the rule-based recognizer of earlier revisions; stored mentions keep it).</summary>
    Shape,

    /// <summary>A shorter form of an entity named in full elsewhere in the article.</summary>
    Coreference,

    /// <summary>A date or quantity expression.</summary>
    Expression,

    /// <summary>The trained named-entity tagger.</summary>
    Model,
}

/// <summary>One place in the text that names an entity.</summary>
/// <param name="EntityKey">The key of the canonical <see cref="Entity"/> this mention refers to.</param>
/// <param name="Role">A title or role written with a person's name (<c>president</c>, <c>Brig. Gen.</c>), not part of the name.</param>
/// <param name="Value">The normalized value of a date (ISO 8601, an interval for ranges) or a quantity.</param>
/// <param name="Note">How a value was reached: <c>relative, resolved against the dateline</c>, <c>approximate</c>.</param>
public sealed record Mention(
    TextSpan Span,
    string Text,
    EntityType Type,
    string EntityKey,
    MentionEvidence Evidence,
    string? Role = null,
    string? Value = null,
    string? Note = null);

/// <summary>A canonical entity: the person, organization, place, event, product, date or quantity that mentions refer to.</summary>
public sealed record Entity(
    string Key,
    string Name,
    EntityType Type,
    string? Description = null,
    string? Link = null,
    string? Wikidata = null,
    string? Note = null);
