namespace ArticleReader.Ingestion.Anchoring;

/// <summary>A W3C Web Annotation text position selector: <c>[Start, End)</c> in UTF-16 code units of the source it was made from.</summary>
public sealed record TextPositionSelector(int Start, int End);
