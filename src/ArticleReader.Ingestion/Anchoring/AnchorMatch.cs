namespace ArticleReader.Ingestion.Anchoring;

/// <summary>How a note was found again in changed text, from the most to the least certain.</summary>
public enum AnchorMatch
{
    /// <summary>The quote is still at its old offsets.</summary>
    ExactAtPosition,

    /// <summary>The quote was found verbatim within <see cref="AnchoringOptions.NearbyDistance"/> of its old offsets.</summary>
    ExactNearby,

    /// <summary>The quote was found verbatim farther away.</summary>
    ExactElsewhere,

    /// <summary>Text similar enough to the quote, in a similar enough context, was found.</summary>
    Approximate,

    /// <summary>Nothing scored <see cref="AnchoringOptions.MinimumScore"/>: the note is kept but not placed.</summary>
    Orphaned,
}
