namespace ArticleReader.Ingest;

/// <summary>
/// Told when an article gets a new revision, so whatever was derived from the old one (cached pages) can be dropped.
/// Only listeners in the same process hear it: the command line ingests in its own process.
/// </summary>
public interface IArticleChangeListener
{
    Task ArticleChangedAsync(string slug, CancellationToken cancellationToken);
}
