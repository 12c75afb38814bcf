namespace ArticleReader.Ingestion.Anchoring;

/// <summary>Tuning of <see cref="TextAnchorer"/>. The weights need not add up to one: scores are divided by their sum.</summary>
public sealed record AnchoringOptions
{
    public static AnchoringOptions Default { get; } = new();

    /// <summary>How far (in UTF-16 code units, either way) a verbatim quote may move and still count as nearby.</summary>
    public int NearbyDistance { get; init; } = 2000;

    /// <summary>
    /// The largest share of the quote's length that may be edited for an approximate match. Half lets a substantially
    /// reworded sentence still be found; unrelated text that comes that close is kept out by <see cref="MinimumScore"/>,
    /// because its context does not agree.
    /// </summary>
    public double MaxErrorRate { get; init; } = 0.5;

    /// <summary>Weight of the quote's similarity, 1 − distance / length: the quote is what the reader annotated.</summary>
    public double QuoteWeight { get; init; } = 0.5;

    /// <summary>Weight of the similarity between the stored prefix and the text just before a candidate.</summary>
    public double PrefixWeight { get; init; } = 0.2;

    /// <summary>Weight of the similarity between the stored suffix and the text just after a candidate.</summary>
    public double SuffixWeight { get; init; } = 0.2;

    /// <summary>Weight of nearness to the old position, 1 − offset / new text length: small, so that a better match farther away still beats a worse one nearby.</summary>
    public double PositionWeight { get; init; } = 0.1;

    /// <summary>Below this score an approximate candidate is not trusted and the note is orphaned instead.</summary>
    public double MinimumScore { get; init; } = 0.6;

    internal double TotalWeight => QuoteWeight + PrefixWeight + SuffixWeight + PositionWeight;

    internal void Validate()
    {
        if (NearbyDistance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(NearbyDistance), NearbyDistance, "must not be negative");
        }

        // At 1, a match of nothing at all would be within the bound.
        if (MaxErrorRate is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxErrorRate), MaxErrorRate, "must be at least 0 and below 1");
        }

        if (QuoteWeight < 0 || PrefixWeight < 0 || SuffixWeight < 0 || PositionWeight < 0 || !(TotalWeight > 0))
        {
            throw new ArgumentException("the weights must not be negative and must not all be zero");
        }
    }
}
