using ArticleReader.Data;

namespace ArticleReader.Search;

/// <summary>Replaces an article's entries in the search index with its current revision's (new text, or a new title), in the change's transaction.</summary>
public sealed class SearchIndexUpdate(ISearchIndex index) : IArticleChangeListener
{
    public Task ChangeStoringAsync(Article current, ArticleChange change, CancellationToken cancellationToken) =>
        change == ArticleChange.Notes ? Task.CompletedTask : index.ReplaceAsync(current, cancellationToken);
}
