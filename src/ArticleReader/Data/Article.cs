namespace ArticleReader.Data;

/// <summary>
/// One stored revision of an article. Revisions of the same article share a <see cref="Slug"/>;
/// the highest <see cref="Revision"/> is the current text, older ones are kept.
/// </summary>
public sealed class Article
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public int Revision { get; set; }

    /// <summary>The text exactly as ingested (UTF-8 decoded, byte-order mark removed); every offset points into it.</summary>
    public required string SourceText { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="SourceText"/> as UTF-8.</summary>
    public required string Sha256 { get; set; }

    public string? SourceName { get; set; }

    public DateTimeOffset IngestedAt { get; set; }

    public string? Title { get; set; }

    public int? TitleStart { get; set; }

    public int? TitleEnd { get; set; }

    /// <summary>The publication time with the UTC offset the dateline gives.</summary>
    public DateTimeOffset? Published { get; set; }

    public string? Dateline { get; set; }

    public int? DatelineStart { get; set; }

    public int? DatelineEnd { get; set; }

    public string? Byline { get; set; }

    public int? BylineStart { get; set; }

    public int? BylineEnd { get; set; }

    public List<ArticleAuthor> Authors { get; set; } = [];

    public List<Section> Sections { get; set; } = [];

    public List<BoilerplateBlock> Boilerplate { get; set; } = [];

    public List<EntityRecord> Entities { get; set; } = [];

    public List<MentionRecord> Mentions { get; set; } = [];

    public List<ClaimRecord> Claims { get; set; } = [];

    public List<FlagRecord> Flags { get; set; } = [];

    public List<RelationRecord> Relations { get; set; } = [];
}
