namespace ArticleReader.Ingestion.Entities.Quantities;

/// <summary>An amount named in an article's text: <c>20 km2</c>, <c>tens of thousands</c>, <c>four of eighteen</c>.</summary>
public sealed record QuantityExpression(TextSpan Span, string Text, QuantityValue Value);

public enum QuantityKind
{
    /// <summary>A number of things; <see cref="QuantityValue.Unit"/> is the counted noun when one follows (<c>tanks</c>).</summary>
    Count,

    /// <summary>A physical measure in a normalized unit (<c>km2</c>, <c>m3</c>, <c>t</c>).</summary>
    Measure,

    /// <summary>An amount of money; the unit is an ISO 4217 code (<c>USD</c>).</summary>
    Money,

    /// <summary>A percentage; the unit is <c>%</c>.</summary>
    Percent,

    /// <summary>A part of a whole, <c>4 of 18</c>: the amount is the part, <see cref="QuantityValue.Total"/> the whole.</summary>
    Ratio,

    /// <summary>A length of time in a singular unit (<c>day</c>, <c>year</c>).</summary>
    Duration,
}

/// <summary>The normalized value of a quantity.</summary>
/// <param name="Min">The least the text allows; null when it sets no lower bound (<c>less than five years</c>).</param>
/// <param name="Max">The most the text allows; null when it sets no upper bound (<c>more than 300</c>).</param>
/// <param name="IsApproximate">The text hedges or only sketches the amount: <c>about 300</c>, <c>hundreds of</c>, <c>one or two</c>.</param>
/// <param name="Total">The whole a <see cref="QuantityKind.Ratio"/> counts out of.</param>
public sealed record QuantityValue(QuantityKind Kind, decimal? Min, decimal? Max, string? Unit, bool IsApproximate = false, decimal? Total = null)
{
    /// <summary>The single amount the text names, or null for a range or an open bound.</summary>
    public decimal? Amount => Min == Max ? Min : null;
}
