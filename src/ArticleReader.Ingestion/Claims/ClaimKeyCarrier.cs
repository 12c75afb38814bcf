namespace ArticleReader.Ingestion.Claims;

/// <summary>
/// Keeps claim links alive across revisions: a claim whose text changed only a little takes over the key it had
/// in the previous revision, so a shared link still opens it.
/// </summary>
public static class ClaimKeyCarrier
{
    /// <summary>How alike (Dice coefficient of word pairs) two claim texts must be to count as the same claim.</summary>
    public const double MinimumSimilarity = 0.6;

    public static IReadOnlyList<Claim> CarryOver(IReadOnlyList<(string Key, string Text)> previous, IReadOnlyList<Claim> current)
    {
        var currentKeys = current.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var available = previous.Where(p => !currentKeys.Contains(p.Key)).Select(p => (p.Key, Pairs: WordPairs(p.Text))).ToList();
        var result = new List<Claim>(current.Count);
        foreach (var claim in current)
        {
            if (previous.Any(p => p.Key == claim.Key) || available.Count == 0)
            {
                result.Add(claim);
                continue;
            }

            var pairs = WordPairs(claim.Text);
            var best = available.Select(a => (a.Key, Similarity: Dice(pairs, a.Pairs))).MaxBy(a => a.Similarity);
            if (best.Similarity >= MinimumSimilarity)
            {
                available.RemoveAll(a => a.Key == best.Key);
                result.Add(claim with { Key = best.Key });
            }
            else
            {
                result.Add(claim);
            }
        }

        return result;
    }

    private static HashSet<string> WordPairs(string text)
    {
        var words = ClaimKey.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 ? [words[0]] : [.. words.Zip(words.Skip(1), (a, b) => a + " " + b)];
    }

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 1 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
