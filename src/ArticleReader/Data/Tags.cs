namespace ArticleReader.Data;

/// <summary>The tags readers give their notes and articles.</summary>
public static class Tags
{
    private const int MaxTags = 10;
    private const int MaxTagLength = 40;

    /// <summary>Tags written as <c>a, B ,c</c>: trimmed, lower-case, distinct, at most 10 of at most 40 characters.</summary>
    public static List<string> Normalize(string? tags) =>
        [.. (tags ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLowerInvariant())
            .Where(t => t.Length <= MaxTagLength)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTags)];
}
