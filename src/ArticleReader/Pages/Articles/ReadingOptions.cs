namespace ArticleReader.Pages.Articles;

/// <summary>The <c>Reading</c> section of the configuration: how the reading page words, splits and caches an article.</summary>
public sealed class ReadingOptions
{
    public const string SectionName = "Reading";

    /// <summary>A claim whose check-worthiness is at least this is called a "checkable claim" in its note; below, just a "claim".</summary>
    public double CheckableClaimProbability { get; set; } = 0.5;

    /// <summary>
    /// An article longer than this (characters of source) is read in parts of whole sections of about this size, so
    /// the first screen of a very long article arrives quickly.
    /// </summary>
    public int CharactersPerPart { get; set; } = 120_000;

    /// <summary>How long a rendered revision stays in memory after it was last read (revisions never change, so nothing evicts them early).</summary>
    public TimeSpan RenderedArticleLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
