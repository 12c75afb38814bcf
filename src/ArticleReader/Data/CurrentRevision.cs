namespace ArticleReader.Data;

/// <summary>An article's current revision is its highest: older ones stay stored for the notes and links made on them.</summary>
public static class CurrentRevision
{
    public static IQueryable<Article> CurrentOf(this IQueryable<Article> articles, string slug) =>
        articles.Where(a => a.Slug == slug).OrderByDescending(a => a.Revision).Take(1);
}
