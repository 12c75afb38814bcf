using System.Diagnostics.CodeAnalysis;

namespace ArticleReader.Ingestion.Entities.Gazetteer;

/// <summary>
/// Names of places, looked up whole or as the longest name starting at a word. Besides every name it
/// holds each of its prefixes that ends at a word boundary, so a scan stops at the first word that
/// starts no name. It is never changed after construction, so concurrent reads are safe.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameIndex(IEnumerable<(string Name, GazetteerPlace Place)> names)
    {
        var entries = new Dictionary<string, Entry>(PlaceNameComparer.Instance);
        foreach (var (name, place) in names)
        {
            var entry = EntryFor(entries, name);
            if (entry.Place is not null)
            {
                throw new InvalidDataException($"The gazetteer lists the name '{name}' twice.");
            }

            entry.Place = place;
            for (var end = 1; end < name.Length; end++)
            {
                if (IsBoundary(name, end))
                {
                    EntryFor(entries, name[..end]).HasLonger = true;
                }
            }
        }

        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryFind(ReadOnlySpan<char> name, [MaybeNullWhen(false)] out GazetteerPlace place)
    {
        place = _lookup.TryGetValue(name, out var entry) ? entry.Place : null;
        return place is not null;
    }

    /// <summary>The length of the longest name that starts at the word beginning at <paramref name="start"/>, or 0 with no place.</summary>
    public int LongestAt(ReadOnlySpan<char> text, int start, out GazetteerPlace? place)
    {
        place = null;
        if ((uint)start >= (uint)text.Length
            || !IsWordChar(text[start])
            || (start > 0 && IsWordChar(text[start - 1])))
        {
            return 0;
        }

        var longest = 0;
        for (var end = start + 1; end <= text.Length; end++)
        {
            if (!IsBoundary(text, end))
            {
                continue;
            }

            if (!_lookup.TryGetValue(text[start..end], out var entry))
            {
                break;
            }

            if (entry.Place is not null)
            {
                longest = end - start;
                place = entry.Place;
            }

            if (!entry.HasLonger)
            {
                break;
            }
        }

        return longest;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(PlaceNameComparer.Fold(c));

    private static bool IsBoundary(ReadOnlySpan<char> text, int end) => end == text.Length || !IsWordChar(text[end]);

    private static Entry EntryFor(Dictionary<string, Entry> entries, string name)
    {
        if (!entries.TryGetValue(name, out var entry))
        {
            entry = new Entry();
            entries.Add(name, entry);
        }

        return entry;
    }

    // A class, not a struct: dictionaries of reference types share the runtime's precompiled code,
    // which keeps the first load fast. Only the index's constructor sets its properties.
    private sealed class Entry
    {
        public GazetteerPlace? Place { get; set; }

        public bool HasLonger { get; set; }
    }
}
