using System.Globalization;
using ArticleReader.Data;
using ArticleReader.Ingestion.Claims;

namespace ArticleReader.Pages.Articles;

/// <summary>What a footnote and a claim page say about a claim, worked out once for both.</summary>
public sealed record ClaimFacts(
    ClaimRecord Claim,
    int Number,
    string Kind,
    string CheckWorthiness,
    IReadOnlyList<string> Hedges,
    string? Attribution,
    EntityRecord? AttributedEntity,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<string> Dates)
{
    public static ClaimFacts For(AnnotatedArticle article, ClaimRecord claim) => new(
        claim,
        AnnotatedArticle.FootnoteNumber(claim),
        KindName(claim.Kind),
        claim.CheckWorthiness.ToString("0.00", CultureInfo.InvariantCulture),
        [.. claim.Hedges.OrderBy(h => h.Start).Select(h => h.Text)],
        claim.AttributionText,
        claim.AttributionEntityKey is { } key ? article.Entity(key) : null,
        [.. claim.EntityKeys.Select(article.Entity).OfType<EntityRecord>()],
        claim.Dates);

    public static string KindName(ClaimKind kind) => kind switch
    {
        ClaimKind.Event => "Event",
        ClaimKind.Quantity => "Quantity",
        ClaimKind.Attribution => "Attribution",
        ClaimKind.Relation => "Relation",
        ClaimKind.Biography => "Biography",
        ClaimKind.Statement => "Statement",
        _ => kind.ToString(),
    };
}
