namespace ArticleReader.Data;

/// <summary>What changed of an article, for whoever keeps something derived from it.</summary>
public enum ArticleChange
{
    /// <summary>Its text: a new revision was stored.</summary>
    Revision,

    /// <summary>Its listing: who may see it, its title, its shelf.</summary>
    Listing,

    /// <summary>A note on it was written, edited, deleted or restored.</summary>
    Notes,
}

/// <summary>
/// The one way to hear that an article changed, in two moments: inside the transaction that stores the change, for
/// what must move with it all or nothing (notes, the search index); and after any change is committed, for what
/// was derived from the old state and is now stale (cached pages, remembered listings). Only listeners in the same
/// process hear the first; on PostgreSQL, the listeners of every instance hear the second (<c>Web/SharedInstances</c>).
/// The command line ingests in its own process and tells no one.
/// </summary>
public interface IArticleChangeListener
{
    /// <summary>
    /// Called with the change written but not committed, and the article's current revision loaded in full (a new
    /// revision, or the one whose listing changed); a throw rolls the change back.
    /// </summary>
    Task ChangeStoringAsync(Article current, ArticleChange change, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once the change is committed.</summary>
    Task ArticleChangedAsync(string slug, ArticleChange change, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Tells every listener, in registration order.</summary>
public static class ArticleChangeListeners
{
    public static async Task ChangeStoringAsync(this IEnumerable<IArticleChangeListener> listeners, Article current, ArticleChange change, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.ChangeStoringAsync(current, change, cancellationToken);
        }
    }

    public static async Task ArticleChangedAsync(this IEnumerable<IArticleChangeListener> listeners, string slug, ArticleChange change, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.ArticleChangedAsync(slug, change, cancellationToken);
        }
    }
}
