namespace ArticleReader.Ingestion.Relations;

/// <summary>How one actor stands to another, for the actor map.</summary>
public enum RelationKind
{
    /// <summary>The subject sold weapons to the object.</summary>
    SoldWeaponsTo,

    /// <summary>The subject visited the object (a place, or the actor it names).</summary>
    Visited,

    /// <summary>Military cooperation between the two; symmetric.</summary>
    CooperatesMilitarilyWith,

    /// <summary>The subject is a member of the object, an organization.</summary>
    MemberOf,

    /// <summary>An alliance between the two; symmetric.</summary>
    AlliedWith,

    /// <summary>
    /// The subject threatens or acts against the object; symmetric only when the text says it is mutual
    /// ("hostile rhetoric between A and B").
    /// </summary>
    HostileTo,
}

/// <summary>A relation between two actors that a claim states.</summary>
/// <remarks>
/// A symmetric relation (military cooperation, an alliance, hostility "between A and B") is stored once, with the
/// entity key that sorts first (ordinal) as <see cref="SubjectKey"/>, so "A with B" and "B with A" are one relation.
/// Relations that held and have stopped ("no longer", "no more") are kept: the actor map records what the text says held.
/// </remarks>
/// <param name="ClaimKey">The key of the claim whose sentence states the relation.</param>
/// <param name="Evidence">The trigger phrase (<c>sold</c>, <c>visit</c>, <c>military cooperation</c>) in the claim's sentence.</param>
public sealed record Relation(string SubjectKey, RelationKind Kind, string ObjectKey, string ClaimKey, TextSpan Evidence);
