using ArticleReader.Library;
using ArticleReader.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Search;

/// <summary>
/// Search: the reader's words are parsed by <see cref="SearchQuery"/> (a search it cannot run is a 400 that says
/// why) and the results grouped by article and passage.
/// </summary>
public sealed class IndexModel(ISearchIndex index) : PageModel
{
    private const int MaxResults = 50;

    public string? Query { get; private set; }

    public IReadOnlyList<ArticleGroup>? Groups { get; private set; }

    public int Count { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q?.Trim();
        ViewData["Query"] = Query;
        if (string.IsNullOrEmpty(Query))
        {
            return;
        }

        QueryNode parsed;
        try
        {
            parsed = SearchQuery.Parse(Query);
        }
        catch (SearchQueryException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Groups = SearchGroups.Build(await index.SearchAsync(parsed, MaxResults, Viewer.Of(User), cancellationToken));
        Count = Groups.Sum(g => g.Count);
    }

    /// <summary>The page a result opens: the article, the claim, the entity, the note, or the paragraph in the article.</summary>
    public static string LinkTo(SearchHit hit) => hit.Kind switch
    {
        SearchHitKind.Claim => $"/articles/{hit.Slug}/claims/{hit.Reference}",
        SearchHitKind.Entity => $"/articles/{hit.Slug}/entities/{hit.Reference}",
        SearchHitKind.Passage => $"/articles/{hit.Slug}#p-{hit.Reference}",
        SearchHitKind.Note => $"/articles/{hit.Slug}/notes/{hit.Reference}",
        _ => $"/articles/{hit.Slug}",
    };

    /// <summary>What a result is, in words.</summary>
    public static string KindName(SearchHitKind kind) => kind switch
    {
        SearchHitKind.Article => "Article",
        SearchHitKind.Passage => "Passage",
        SearchHitKind.Claim => "Claim",
        SearchHitKind.Entity => "Name",
        _ => "Note",
    };
}
