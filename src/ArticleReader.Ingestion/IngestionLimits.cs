namespace ArticleReader.Ingestion;

/// <summary>
/// Limits that keep one article from tying up the server. Ingestion runs a neural sentence encoder (about 0.3 ms a
/// WordPiece, some 10 ms for a sentence of 30), so the sentence cap bounds an ingest at well under a minute; the file
/// itself may be at most <see cref="SourceDecoder.MaxBytes"/>.
/// </summary>
public sealed record IngestionLimits
{
    public const string SectionName = "Ingestion";

    public static IngestionLimits Default { get; } = new();

    /// <summary>How deep HTML elements may nest: real pages stay under 40; deeper input is refused before it is read.</summary>
    public int MaxHtmlNesting { get; init; } = 256;

    /// <summary>Paragraphs per article: a long report has a few hundred.</summary>
    public int MaxParagraphs { get; init; } = 2_000;

    /// <summary>Sentences per article: 4,000 sentences encode in about 40 s on one core.</summary>
    public int MaxSentences { get; init; } = 4_000;
}
