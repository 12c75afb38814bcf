namespace ArticleReader.Ingestion.Entities.Gazetteer;

public enum GazetteerPlaceKind
{
    Country,
    Region,
    Capital,
    City,
}

/// <summary>A place the gazetteer knows, under its canonical name.</summary>
public sealed record GazetteerPlace
{
    /// <summary>The canonical name: a country's common name, a city's name as its source spells it.</summary>
    public required string Name { get; init; }

    public required GazetteerPlaceKind Kind { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 code of the country the place is or lies in; null for a region.</summary>
    public string? CountryCode { get; init; }

    /// <summary>The common name of the country the place is or lies in; null for a region.</summary>
    public string? CountryName { get; init; }

    /// <summary>A city's population, where its source records one.</summary>
    public int? Population { get; init; }

    /// <summary>A country's (first-listed) capital.</summary>
    public string? Capital { get; init; }

    /// <summary>A country's demonym, as in "Azerbaijani".</summary>
    public string? Demonym { get; init; }

    /// <summary>The continental region of a country, or the one a subregion belongs to.</summary>
    public string? Region { get; init; }

    /// <summary>The subregion of a country, as in "Western Asia".</summary>
    public string? Subregion { get; init; }
}
