using ArticleReader.Library;
using ArticleReader.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Search;

public sealed class IndexModel(SearchIndex index) : PageModel
{
    public const int MaxQueryLength = 200;

    private const int MaxResults = 50;

    public string? Query { get; private set; }

    public IReadOnlyList<SearchHit>? Hits { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q?.Trim();
        if (string.IsNullOrEmpty(Query))
        {
            return;
        }

        if (Query.Length > MaxQueryLength)
        {
            Fail($"Searches may be at most {MaxQueryLength} characters long.");
            return;
        }

        try
        {
            Hits = await index.SearchAsync(Query, MaxResults, Viewer.Of(User), cancellationToken);
        }
        catch (SearchSyntaxException e)
        {
            Fail($"This search could not be understood ({e.Message}). Use plain words, a phrase in double quotes, or a word ending in *.");
        }
    }

    /// <summary>The page a result opens: the article, the claim, the entity, or the paragraph in the article.</summary>
    public static string LinkTo(SearchHit hit) => hit.Kind switch
    {
        SearchHitKind.Claim => $"/articles/{hit.Slug}/claims/{hit.Reference}",
        SearchHitKind.Entity => $"/articles/{hit.Slug}/entities/{hit.Reference}",
        SearchHitKind.Passage => $"/articles/{hit.Slug}#p-{hit.Reference}",
        SearchHitKind.Note => $"/articles/{hit.Slug}/notes/{hit.Reference}",
        _ => $"/articles/{hit.Slug}",
    };

    private void Fail(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
