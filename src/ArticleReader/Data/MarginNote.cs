using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Anchoring;

namespace ArticleReader.Data;

public enum NoteVisibility
{
    Private,
    Public,
}

public enum AnchorStatus
{
    Anchored,

    /// <summary>The quote was not found in the article's newest revision: the note keeps its original quote.</summary>
    Orphaned,
}

/// <summary>
/// A reader's note on a passage of an article, anchored as a W3C Web Annotation is: by quote with its context and by
/// position in the source of the revision <see cref="ArticleId"/>. Re-ingesting the article moves the anchor to the
/// new revision or orphans the note; notes are never deleted by ingestion.
/// </summary>
public sealed class MarginNote
{
    public const int MaxBodyLength = 10_000;

    public int Id { get; set; }

    public required string Slug { get; set; }

    /// <summary>The revision the anchor points into (for an orphan, the last revision where its quote was found).</summary>
    public int ArticleId { get; set; }

    public required string AuthorId { get; set; }

    public ReaderUser Author { get; set; } = null!;

    /// <summary>Markdown written by the author: untrusted, rendered without raw HTML and sanitized.</summary>
    public required string Body { get; set; }

    public NoteVisibility Visibility { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The note this one replies to; replies share its anchor.</summary>
    public int? ParentId { get; set; }

    public MarginNote? Parent { get; set; }

    public List<MarginNote> Replies { get; set; } = [];

    /// <summary>Lower-case, trimmed, distinct.</summary>
    public List<string> Tags { get; set; } = [];

    public required string QuoteExact { get; set; }

    public required string QuotePrefix { get; set; }

    public required string QuoteSuffix { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public AnchorStatus AnchorStatus { get; set; }

    /// <summary>How the last re-anchoring found the note; null until the article gets a new revision.</summary>
    public AnchorMatch? LastMatch { get; set; }

    public double? LastMatchScore { get; set; }

    public TextAnchor ToAnchor() => new(new TextQuoteSelector(QuoteExact, QuotePrefix, QuoteSuffix), new TextPositionSelector(Start, End));

    public void SetAnchor(TextAnchor anchor)
    {
        (QuoteExact, QuotePrefix, QuoteSuffix) = (anchor.Quote.Exact, anchor.Quote.Prefix, anchor.Quote.Suffix);
        (Start, End) = (anchor.Position.Start, anchor.Position.End);
    }

    public TextSpan Span => new(Start, End);
}
