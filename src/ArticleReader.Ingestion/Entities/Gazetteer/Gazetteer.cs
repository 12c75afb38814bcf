using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace ArticleReader.Ingestion.Entities.Gazetteer;

/// <summary>
/// Countries, world regions, capitals and major cities, with country demonyms, generated from maintained
/// data packages by tools/gazetteer. Names match case-sensitively, as capitalised in running text;
/// each name belongs to one place, a country before a region before a city.
/// </summary>
public sealed class Gazetteer
{
    private const string ResourceName = "ArticleReader.Ingestion.Entities.Gazetteer.gazetteer.json";

    // Immutable data shared by every reader, loaded on first use.
    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadEmbedded);

    private readonly NameIndex _places;
    private readonly NameIndex _demonyms;
    private readonly Dictionary<string, GazetteerPlace>.AlternateLookup<ReadOnlySpan<char>> _countriesByCode;

    private Gazetteer(GazetteerData data)
    {
        var countries = ImmutableArray.CreateBuilder<GazetteerPlace>(data.Countries.Count);
        var placeNames = new List<(string, GazetteerPlace)>();
        var demonymNames = new List<(string, GazetteerPlace)>();
        var byCode = new Dictionary<string, GazetteerPlace>(data.Countries.Count * 2, StringComparer.Ordinal);
        foreach (var country in data.Countries)
        {
            var place = new GazetteerPlace
            {
                Name = country.Name,
                Kind = GazetteerPlaceKind.Country,
                CountryCode = country.Code,
                CountryName = country.Name,
                Capital = country.Capital,
                Demonym = country.Demonym,
                Region = country.Region,
                Subregion = country.Subregion,
            };
            countries.Add(place);
            byCode.Add(country.Code, place);
            byCode.Add(country.Code3, place);
            placeNames.AddRange(country.Names.Select(name => (name, place)));
            demonymNames.AddRange(country.Demonyms.Select(name => (name, place)));
        }

        var regions = ImmutableArray.CreateBuilder<GazetteerPlace>(data.Regions.Count);
        foreach (var region in data.Regions)
        {
            var place = new GazetteerPlace { Name = region.Name, Kind = GazetteerPlaceKind.Region, Region = region.Parent };
            regions.Add(place);
            placeNames.AddRange(region.Names.Select(name => (name, place)));
        }

        var cities = ImmutableArray.CreateBuilder<GazetteerPlace>(data.Cities.Count);
        foreach (var city in data.Cities)
        {
            var place = new GazetteerPlace
            {
                Name = city.Name,
                Kind = city.Capital ? GazetteerPlaceKind.Capital : GazetteerPlaceKind.City,
                CountryCode = city.Country,
                CountryName = byCode.TryGetValue(city.Country, out var country)
                    ? country.Name
                    : throw new InvalidDataException($"The gazetteer city '{city.Name}' names an unknown country '{city.Country}'."),
                Population = city.Population,
            };
            cities.Add(place);
            placeNames.AddRange(city.Names.Select(name => (name, place)));
        }

        Countries = countries.MoveToImmutable();
        Regions = regions.MoveToImmutable();
        Cities = cities.MoveToImmutable();
        Sources = [.. data.Sources];
        MinCityPopulation = data.MinCityPopulation;
        _places = new NameIndex(placeNames);
        _demonyms = new NameIndex(demonymNames);
        _countriesByCode = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The gazetteer generated into this library, loaded once on first use.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>The data packages the gazetteer comes from, with their licences and the attribution they require.</summary>
    public ImmutableArray<GazetteerSource> Sources { get; }

    /// <summary>The population below which a city other than a national capital was left out.</summary>
    public int MinCityPopulation { get; }

    public ImmutableArray<GazetteerPlace> Countries { get; }

    public ImmutableArray<GazetteerPlace> Regions { get; }

    /// <summary>Capitals and other cities.</summary>
    public ImmutableArray<GazetteerPlace> Cities { get; }

    /// <summary>The place known by exactly this name: a country's common or official name or alternative spelling, a region, a capital or a city.</summary>
    public bool TryFindPlace(ReadOnlySpan<char> name, [MaybeNullWhen(false)] out GazetteerPlace place) =>
        _places.TryFind(name, out place);

    /// <summary>The country a demonym or its plural refers to, as "Iranian" or "Iranians" to Iran.</summary>
    public bool TryFindDemonym(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out GazetteerPlace country) =>
        _demonyms.TryFind(word, out country);

    /// <summary>The country with this ISO 3166-1 alpha-2 or alpha-3 code, in upper case.</summary>
    public bool TryFindCountryByCode(ReadOnlySpan<char> code, [MaybeNullWhen(false)] out GazetteerPlace country) =>
        _countriesByCode.TryGetValue(code, out country);

    /// <summary>
    /// The length of the longest place name (such as "New York" rather than "New") that starts at the word
    /// beginning at <paramref name="start"/> and ends at a word boundary; 0, with no place, if none does.
    /// </summary>
    public int LongestPlaceAt(ReadOnlySpan<char> text, int start, out GazetteerPlace? place) =>
        _places.LongestAt(text, start, out place);

    /// <summary>The length of the longest demonym (such as "South Korean") that starts at the word beginning at <paramref name="start"/>, or 0 with no country.</summary>
    public int LongestDemonymAt(ReadOnlySpan<char> text, int start, out GazetteerPlace? country) =>
        _demonyms.LongestAt(text, start, out country);

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var json = new byte[stream.Length];
        stream.ReadExactly(json);
        return new Gazetteer(GazetteerData.Read(json));
    }
}
