namespace ArticleReader.Pages.Articles;

/// <summary>
/// What a shared link shows: a title short enough for every card, a description, the canonical address, and the card
/// image: the claim's or the article's own (<see cref="Api.ShareCardEndpoints"/>), else the site's.
/// </summary>
public sealed record ShareCard(string Title, string Description, string Url, string? Image = null)
{
    /// <summary>Share cards cut titles longer than this, so longer ones are shortened at a word here.</summary>
    public const int MaxTitleLength = 90;

    /// <summary>The card image of pages with none of their own (1200 × 630), drawn once and kept in wwwroot.</summary>
    public const string ImagePath = "/img/share-card.png";

    /// <summary>The text, or its first words and an ellipsis within <see cref="MaxTitleLength"/> characters.</summary>
    public static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= MaxTitleLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', MaxTitleLength - 1);
        return flat[..(cut > MaxTitleLength / 2 ? cut : MaxTitleLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
