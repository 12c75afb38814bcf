namespace ArticleReader.Pages.Articles;

/// <summary>What the reading page shows over the text. The default is calm: the text, readers' notes and small claim numbers.</summary>
[Flags]
public enum ReadingLayer
{
    None = 0,

    /// <summary>Claim sentences tinted, each with its note.</summary>
    Claims = 1,

    /// <summary>Names linked to their entity pages, with hover cards.</summary>
    Entities = 2,

    /// <summary>Where the article disagrees with itself, underlined with a ⚑ note.</summary>
    Flags = 4,

    /// <summary>Readers' notes in the margin and their highlights.</summary>
    Notes = 8,
}

/// <summary>
/// The layer set of a request: <c>?layers=claims,entities,flags,notes</c> (comma-separated or repeated, as the layer
/// form sends it), else the reader's remembered choice in the <see cref="CookieName"/> cookie, else <see cref="Default"/>.
/// The form's choice is remembered in the cookie (by the server without a script, by reader.js with one).
/// </summary>
public static class ReadingLayers
{
    public const string QueryName = "layers";

    public const string CookieName = "layers";

    /// <summary>Sent by the layer form with its choice: only then is the choice remembered (a link's layers are for that visit).</summary>
    public const string RememberName = "remember";

    public const ReadingLayer Default = ReadingLayer.Notes;

    /// <summary>The value that names no layer, so a remembered empty choice is not an empty cookie.</summary>
    private const string NoneName = "none";

    /// <summary>Every layer, in the order the control lists them, with its name in addresses and its label.</summary>
    public static IReadOnlyList<(ReadingLayer Layer, string Name, string Label)> All { get; } =
    [
        (ReadingLayer.Claims, "claims", "Claims"),
        (ReadingLayer.Entities, "entities", "Names"),
        (ReadingLayer.Flags, "flags", "Flags"),
        (ReadingLayer.Notes, "notes", "Readers' notes"),
    ];

    /// <summary>The layers named in <paramref name="values"/> (empty values are allowed and name none), or why not.</summary>
    public static (ReadingLayer Layers, string? Problem) Parse(IEnumerable<string?> values)
    {
        var layers = ReadingLayer.None;
        foreach (var name in values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (string.Equals(name, NoneName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var known = All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
            if (known.Name is null)
            {
                return (ReadingLayer.None, $"“{name}” is not a layer of the reading page; use {string.Join(", ", All.Select(l => l.Name))}.");
            }

            layers |= known.Layer;
        }

        return (layers, null);
    }

    /// <summary>The layers for a request (see the class summary); a bad query value is reported, a bad cookie ignored.</summary>
    public static (ReadingLayer Layers, bool FromQuery, string? Problem) For(HttpRequest request)
    {
        if (request.Query.TryGetValue(QueryName, out var query))
        {
            var (layers, problem) = Parse(query);
            return (layers, true, problem);
        }

        if (request.Cookies.TryGetValue(CookieName, out var cookie) && Parse([cookie]) is (var remembered, null))
        {
            return (remembered, false, null);
        }

        return (Default, false, null);
    }

    /// <summary>The layers as <c>claims,notes</c>: the query and cookie value, and part of the cache key.</summary>
    public static string Format(ReadingLayer layers) =>
        layers == ReadingLayer.None ? NoneName : string.Join(',', All.Where(l => layers.HasFlag(l.Layer)).Select(l => l.Name));
}
