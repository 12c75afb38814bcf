namespace ArticleReader.Pages.Articles;

/// <summary>
/// The counts an article is described by, the same in the library, the page description and the share card:
/// entities are the named ones a reader can look up (the glossary's), not dates and quantities.
/// </summary>
public sealed record ArticleCounts(int Claims, int Entities)
{
    public static ArticleCounts Of(AnnotatedArticle article) => new(article.Claims.Count, article.GlossaryEntities.Count);

    public static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    public string Describe() => $"{Count(Claims, "claim", "claims")} and {Count(Entities, "entity", "entities")}";
}
