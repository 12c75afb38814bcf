namespace ArticleReader.Data;

/// <summary>An article's current revision is its highest: older ones stay stored for the notes and links made on them.</summary>
public static class CurrentRevision
{
    /// <summary>The current revision of one article, as a query of at most one row.</summary>
    public static IQueryable<Article> CurrentOf(this IQueryable<Article> articles, string slug) =>
        articles.Where(a => a.Slug == slug).OrderByDescending(a => a.Revision).Take(1);

    /// <summary>The current revision of every article: those no later revision of the same article follows.</summary>
    public static IQueryable<Article> CurrentRevisions(this ReaderDbContext db) =>
        db.Articles.Where(a => !db.Articles.Any(later => later.Slug == a.Slug && later.Revision > a.Revision));
}
