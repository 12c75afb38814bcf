namespace ArticleReader.Ingestion.Anchoring;

/// <param name="Span">Where the note lands in the new source; <see langword="null"/> when <paramref name="Match"/> is <see cref="AnchorMatch.Orphaned"/>.</param>
/// <param name="Score">
/// The weighted agreement (0 to 1) of quote, prefix, suffix and position at <paramref name="Span"/>; for an orphan, the best
/// score a candidate reached (0 when there was none), which says how far it fell short.
/// </param>
public sealed record AnchorResult(AnchorMatch Match, TextSpan? Span, double Score);
