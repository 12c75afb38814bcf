using ArticleReader.Search;

namespace ArticleReader.Pages.Search;

/// <summary>The results on one passage: the passage's own snippet (when it matched itself) and the claims and notes in it.</summary>
public sealed record PassageGroup(int Start, int End, SearchHit First, IReadOnlyList<SearchHit> Within);

/// <summary>The results in one article: hits on the article itself and its entities, then its passages in text order.</summary>
public sealed record ArticleGroup(string Slug, string Title, IReadOnlyList<SearchHit> About, IReadOnlyList<PassageGroup> Passages)
{
    public int Count => About.Count + Passages.Sum(p => 1 + p.Within.Count);
}

public static class SearchGroups
{
    /// <summary>
    /// Groups hits by article, in the order of each article's best hit, and within an article by passage: a claim or
    /// note inside a passage that matched is listed under it rather than as a second copy of the same words.
    /// </summary>
    public static IReadOnlyList<ArticleGroup> Build(IReadOnlyList<SearchHit> hits) =>
        [.. hits.GroupBy(h => h.Slug, StringComparer.Ordinal).Select(article =>
        {
            var about = article.Where(h => h.Kind is SearchHitKind.Article or SearchHitKind.Entity).ToList();
            var passages = article.Where(h => h.Kind == SearchHitKind.Passage).OrderBy(h => h.Start).ToList();
            var within = new Dictionary<SearchHit, List<SearchHit>>();
            var alone = new List<SearchHit>();
            foreach (var hit in article.Where(h => h.Kind is SearchHitKind.Claim or SearchHitKind.Note))
            {
                if (passages.FirstOrDefault(p => p.Start <= hit.Start && hit.Start < p.End) is { } passage)
                {
                    (within.TryGetValue(passage, out var list) ? list : within[passage] = []).Add(hit);
                }
                else
                {
                    alone.Add(hit);
                }
            }

            var groups = passages.Select(p => new PassageGroup(p.Start, p.End, p, within.GetValueOrDefault(p) ?? []))
                .Concat(alone.Select(h => new PassageGroup(h.Start, h.End, h, [])))
                .OrderBy(g => g.Start)
                .ToList();
            return new ArticleGroup(article.Key, article.First().ArticleTitle, about, groups);
        })];
}
