namespace ArticleReader.Ingestion.Anchoring;

/// <summary>
/// A W3C Web Annotation text quote selector: the quoted text and up to a few dozen characters either side of it,
/// so that the quote can be found again by content when offsets no longer hold.
/// </summary>
public sealed record TextQuoteSelector(string Exact, string Prefix, string Suffix);
