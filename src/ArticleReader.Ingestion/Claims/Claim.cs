namespace ArticleReader.Ingestion.Claims;

public enum ClaimKind
{
    /// <summary>Something happened: a visit, a sale, an offensive.</summary>
    Event,

    /// <summary>A number that can be checked.</summary>
    Quantity,

    /// <summary>What someone said or holds, attributed to them.</summary>
    Attribution,

    /// <summary>How actors stand to each other: an ally of, a member of, controlled by.</summary>
    Relation,

    /// <summary>A fact about a person's life or career.</summary>
    Biography,

    /// <summary>Another checkable statement of fact.</summary>
    Statement,
}

/// <summary>A hedge that weakens a claim (<c>reportedly</c>, <c>according to the Armenian side</c>).</summary>
public sealed record Hedge(string Text, TextSpan Span);

/// <summary>Who a claim is attributed to, as the text says it.</summary>
public sealed record Attribution(string Text, TextSpan Span, string? EntityKey);

/// <summary>A check-worthy factual claim made by one sentence.</summary>
/// <param name="Key">A short stable key derived from the claim's normalized text, for links to it.</param>
/// <param name="CheckWorthiness">How much the sentence asserts checkable fact, in [0, 1].</param>
/// <param name="EntityKeys">The entities the claim involves, in order of first mention.</param>
/// <param name="Dates">The normalized dates the claim involves.</param>
public sealed record Claim(
    string Key,
    TextSpan Span,
    string Text,
    ClaimKind Kind,
    double CheckWorthiness,
    IReadOnlyList<Hedge> Hedges,
    Attribution? Attribution,
    IReadOnlyList<string> EntityKeys,
    IReadOnlyList<string> Dates);
