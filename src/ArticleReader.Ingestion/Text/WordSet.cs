using System.Collections.Frozen;

namespace ArticleReader.Ingestion.Text;

/// <summary>A set of words, looked up without allocating: ignoring case unless made <see cref="Exact"/>.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(params string[] words)
        : this(words, StringComparer.OrdinalIgnoreCase)
    {
    }

    private WordSet(IEnumerable<string> words, StringComparer comparer) =>
        _lookup = words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A set matched character for character, for words already folded (lower case) before the lookup.</summary>
    public static WordSet Exact(IEnumerable<string> words) => new(words, StringComparer.Ordinal);

    /// <summary>The words of an embedded word list (<see cref="WordLists"/>), matched character for character.</summary>
    public static WordSet FromList(string resource) => Exact(WordLists.Entries(resource));

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
