using ArticleReader.Ingestion.Claims;

namespace ArticleReader.Data;

/// <summary>A check-worthy factual claim made by one sentence of an article revision.</summary>
public sealed class ClaimRecord
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int SentenceId { get; set; }

    public Sentence Sentence { get; set; } = null!;

    /// <summary>Short and stable across revisions of the article: claim links use it.</summary>
    public required string Key { get; set; }

    /// <summary>Order among the article's claims, which is also its footnote number less one.</summary>
    public int Position { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public ClaimKind Kind { get; set; }

    public double CheckWorthiness { get; set; }

    public string? AttributionText { get; set; }

    public int? AttributionStart { get; set; }

    public int? AttributionEnd { get; set; }

    public string? AttributionEntityKey { get; set; }

    /// <summary>The keys of the entities the claim involves, in order of first mention.</summary>
    public List<string> EntityKeys { get; set; } = [];

    /// <summary>The normalized dates the claim involves.</summary>
    public List<string> Dates { get; set; } = [];

    public List<ClaimHedge> Hedges { get; set; } = [];
}

/// <summary>A hedge in a claim's sentence (<c>reportedly</c>, <c>according to the Armenian side</c>).</summary>
public sealed class ClaimHedge
{
    public int Id { get; set; }

    public int ClaimId { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }
}
