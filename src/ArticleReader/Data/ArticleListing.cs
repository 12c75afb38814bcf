namespace ArticleReader.Data;

/// <summary>Who may open an article by its link, and who finds it in the library, search and sitemap.</summary>
public enum ArticleVisibility
{
    /// <summary>Its owner (and admins) only; the default for what readers add.</summary>
    Private,

    /// <summary>Anyone with the link, but listed nowhere.</summary>
    Unlisted,

    /// <summary>Anyone, and listed in the library, search and the sitemap.</summary>
    Public,
}

/// <summary>
/// An article's place in the library, one per slug whatever its revisions: its owner, visibility and what the owner
/// and admins decided about it. The site's own articles (seeds, the command line) have no owner and are public.
/// </summary>
public sealed class ArticleListing
{
    public const int MaxTitleLength = 300;

    public required string Slug { get; set; }

    /// <summary>The reader who added it; null for the site's own articles.</summary>
    public string? OwnerId { get; set; }

    public ReaderUser? Owner { get; set; }

    public ArticleVisibility Visibility { get; set; }

    /// <summary>The owner's title, which replaces the article's own in every revision; null keeps the article's.</summary>
    public string? Title { get; set; }

    /// <summary>The owner's tags (lower-case), for filtering the library.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>Set by an admin: shown first in the library.</summary>
    public bool Featured { get; set; }

    /// <summary>Set by an admin: only the owner and admins may open it.</summary>
    public bool Hidden { get; set; }

    /// <summary>UTC. <see cref="DateTime"/> rather than an offset so that every database provider can sort by it.</summary>
    public DateTime AddedAt { get; set; }

    /// <summary>When its owner (or an admin) deleted it: it is gone for readers, their notes on it are kept.</summary>
    public DateTime? ArchivedAt { get; set; }

    /// <summary>The address it was imported from, if any, and when that page was fetched.</summary>
    public string? SourceUrl { get; set; }

    public DateTimeOffset? FetchedAt { get; set; }

    /// <summary>UTF-8 size of its newest text, counted against its owner's quota.</summary>
    public long Bytes { get; set; }
}
