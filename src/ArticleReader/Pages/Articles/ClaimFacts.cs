using System.Globalization;
using System.Text.RegularExpressions;
using ArticleReader.Data;
using ArticleReader.Ingestion.Claims;

namespace ArticleReader.Pages.Articles;

/// <summary>What a footnote and a claim page say about a claim, worked out once for both.</summary>
public sealed partial record ClaimFacts(
    ClaimRecord Claim,
    bool IsCheckable,
    int Number,
    string Kind,
    string CheckWorthiness,
    IReadOnlyList<string> Hedges,
    string? Attribution,
    EntityRecord? AttributedEntity,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<string> Dates)
{
    /// <param name="checkable">The check-worthiness from which a claim is called checkable (<see cref="ReadingOptions.CheckableClaimProbability"/>).</param>
    public static ClaimFacts For(AnnotatedArticle article, ClaimRecord claim, double checkable) => new(
        claim,
        claim.CheckWorthiness >= checkable,
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

    /// <summary>The years the claim's dates fall in: one year, or the first and last joined by a dash.</summary>
    public string? Years
    {
        get
        {
            var years = Dates.SelectMany(d => YearPattern().Matches(d).Select(m => m.Value)).Distinct().Order(StringComparer.Ordinal).ToList();
            return years.Count switch
            {
                0 => null,
                1 => years[0],
                _ => $"{years[0]}–{years[^1]}",
            };
        }
    }

    /// <summary>
    /// What a reader needs to know of the claim, as HTML pieces to join with " · ", for example
    /// "Checkable claim · attributed to Aliyev · 2015": scores, kinds and offsets are left to the claim page.
    /// </summary>
    public IEnumerable<string> Summary(Func<(EntityRecord? Entity, string Text), string> entityLink, Func<string, string> encode)
    {
        yield return IsCheckable ? "Checkable claim" : "Claim";
        if (Hedges.Count > 0)
        {
            yield return "hedged (" + string.Join(", ", Hedges.Select(h => $"“{encode(h)}”")) + ")";
        }

        if (Attribution is not null)
        {
            yield return "attributed to " + entityLink((AttributedEntity, AttributedEntity?.Name ?? Attribution));
        }

        if (Years is { } years)
        {
            yield return years;
        }
    }

    [GeneratedRegex(@"(?<![0-9])[12][0-9]{3}(?![0-9])")]
    private static partial Regex YearPattern();
}
