using System.Collections.Frozen;

namespace ArticleReader.Ingestion.Text;

/// <summary>
/// The word lists of the ingestion stages: data files embedded in the library (see the project file), one entry a
/// line, <c>#</c> starting a comment. They hold words of English usage, never of any one article.
/// </summary>
public static class WordLists
{
    /// <summary>The entries of an embedded list in file order, repeats included (so a test can refuse them).</summary>
    /// <param name="resource">The resource's name, such as <c>ArticleReader.Ingestion.Text.Words.stop-words.txt</c>.</param>
    public static IReadOnlyList<string> Entries(string resource)
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the ingestion library has no word list {resource}");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#'))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>An embedded list as a set matched character for character.</summary>
    public static FrozenSet<string> Set(string resource) => Entries(resource).ToFrozenSet(StringComparer.Ordinal);
}
