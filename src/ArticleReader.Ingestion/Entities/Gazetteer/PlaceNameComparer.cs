namespace ArticleReader.Ingestion.Entities.Gazetteer;

/// <summary>
/// Ordinal, case-sensitive equality of place names that treats typographic apostrophes, hyphens and
/// spaces as plain ones, so "Xi’an" in an article finds "Xi'an" without copying the text.
/// </summary>
internal sealed class PlaceNameComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static PlaceNameComparer Instance { get; } = new();

    private PlaceNameComparer()
    {
    }

    /// <summary>The character as the generator writes it into gazetteer names.</summary>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BB' or '\u02BC' => '\'',
        '\u2010' or '\u2011' => '-',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    public bool Equals(string? x, string? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && Equals(x.AsSpan(), y));

    public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<char> alternate, string other)
    {
        if (alternate.Length != other.Length)
        {
            return false;
        }

        for (var i = 0; i < alternate.Length; i++)
        {
            if (Fold(alternate[i]) != Fold(other[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        // FNV-1a, inlined rather than HashCode.Add: the index hashes every name on first load.
        // Mapping all control characters to a space folds more than Equals does, which a hash may.
        var hash = 2166136261u;
        foreach (var c in alternate)
        {
            var folded = c <= ' ' ? ' ' : c < '\u0080' ? c : Fold(c);
            hash = (hash ^ folded) * 16777619u;
        }

        return (int)hash;
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
}
