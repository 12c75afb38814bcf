using System.Text.Json;

namespace ArticleReader.Ingestion.Entities.Gazetteer;

/// <summary>The content of gazetteer.json, as tools/gazetteer/generate.mjs writes it.</summary>
internal sealed record GazetteerData(
    int MinCityPopulation,
    IReadOnlyList<GazetteerSource> Sources,
    IReadOnlyList<CountryData> Countries,
    IReadOnlyList<RegionData> Regions,
    IReadOnlyList<CityData> Cities)
{
    /// <summary>Reads one value, the reader standing on its first token.</summary>
    private delegate T ValueReader<out T>(ref Utf8JsonReader reader);

    /// <summary>
    /// Reads the file with <see cref="Utf8JsonReader"/>: the serializer's one-time setup costs more than
    /// reading the whole file, and the gazetteer is loaded on the first article read.
    /// </summary>
    public static GazetteerData Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartObject);
        int? minCityPopulation = null;
        IReadOnlyList<GazetteerSource>? sources = null;
        IReadOnlyList<CountryData>? countries = null;
        IReadOnlyList<RegionData>? regions = null;
        IReadOnlyList<CityData>? cities = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("header"u8))
            {
                Next(ref reader);
                Expect(ref reader, JsonTokenType.StartObject);
                while (NextProperty(ref reader))
                {
                    if (reader.ValueTextEquals("minCityPopulation"u8))
                    {
                        minCityPopulation = ReadNext(ref reader, Int32Value);
                    }
                    else if (reader.ValueTextEquals("sources"u8))
                    {
                        sources = ReadArray(ref reader, ReadSource);
                    }
                    else
                    {
                        SkipValue(ref reader);
                    }
                }
            }
            else if (reader.ValueTextEquals("countries"u8))
            {
                countries = ReadArray(ref reader, ReadCountry);
            }
            else if (reader.ValueTextEquals("regions"u8))
            {
                regions = ReadArray(ref reader, ReadRegion);
            }
            else if (reader.ValueTextEquals("cities"u8))
            {
                cities = ReadArray(ref reader, ReadCity);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new GazetteerData(
            minCityPopulation ?? throw Missing("minCityPopulation"),
            sources ?? throw Missing("sources"),
            countries ?? throw Missing("countries"),
            regions ?? throw Missing("regions"),
            cities ?? throw Missing("cities"));
    }

    private static GazetteerSource ReadSource(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? package = null, version = null, license = null, content = null, attribution = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("package"u8))
            {
                package = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                version = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("license"u8))
            {
                license = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("content"u8))
            {
                content = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("attribution"u8))
            {
                attribution = ReadNext(ref reader, StringValue);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new GazetteerSource(
            package ?? throw Missing("package"),
            version ?? throw Missing("version"),
            license ?? throw Missing("license"),
            content ?? throw Missing("content"),
            attribution ?? throw Missing("attribution"));
    }

    private static CountryData ReadCountry(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? code = null, code3 = null, name = null, capital = null, demonym = null, region = null, subregion = null;
        IReadOnlyList<string>? names = null, demonyms = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("code"u8))
            {
                code = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("code3"u8))
            {
                code3 = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                name = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("capital"u8))
            {
                capital = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("demonym"u8))
            {
                demonym = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("region"u8))
            {
                region = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("subregion"u8))
            {
                subregion = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("names"u8))
            {
                names = ReadArray(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("demonyms"u8))
            {
                demonyms = ReadArray(ref reader, StringValue);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new CountryData(
            code ?? throw Missing("code"),
            code3 ?? throw Missing("code3"),
            name ?? throw Missing("name"),
            capital,
            demonym,
            region,
            subregion,
            names ?? throw Missing("names"),
            demonyms ?? throw Missing("demonyms"));
    }

    private static RegionData ReadRegion(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? name = null, parent = null;
        IReadOnlyList<string>? names = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                name = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("parent"u8))
            {
                parent = ReadNext(ref reader, OptionalStringValue);
            }
            else if (reader.ValueTextEquals("names"u8))
            {
                names = ReadArray(ref reader, StringValue);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new RegionData(name ?? throw Missing("name"), parent, names ?? throw Missing("names"));
    }

    private static CityData ReadCity(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? name = null, country = null;
        int? population = null;
        var capital = false;
        IReadOnlyList<string>? names = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                name = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("country"u8))
            {
                country = ReadNext(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("population"u8))
            {
                population = ReadNext(ref reader, Int32Value);
            }
            else if (reader.ValueTextEquals("capital"u8))
            {
                capital = ReadNext(ref reader, BooleanValue);
            }
            else if (reader.ValueTextEquals("names"u8))
            {
                names = ReadArray(ref reader, StringValue);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new CityData(name ?? throw Missing("name"), country ?? throw Missing("country"), population, capital, names ?? throw Missing("names"));
    }

    private static T ReadNext<T>(ref Utf8JsonReader reader, ValueReader<T> read)
    {
        Next(ref reader);
        return read(ref reader);
    }

    private static List<T> ReadArray<T>(ref Utf8JsonReader reader, ValueReader<T> readItem)
    {
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartArray);
        var items = new List<T>();
        for (Next(ref reader); reader.TokenType != JsonTokenType.EndArray; Next(ref reader))
        {
            items.Add(readItem(ref reader));
        }

        return items;
    }

    private static string StringValue(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static string? OptionalStringValue(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : StringValue(ref reader);

    private static int Int32Value(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetInt32();
    }

    private static bool BooleanValue(ref Utf8JsonReader reader) => reader.GetBoolean();

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        Expect(ref reader, JsonTokenType.PropertyName);
        return true;
    }

    /// <summary>Skips the value of the property the reader stands on: fields this reader does not use.</summary>
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        reader.Skip();
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new InvalidDataException("The gazetteer JSON ends early.");
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new InvalidDataException($"The gazetteer JSON has {reader.TokenType} where {type} was expected, at byte {reader.TokenStartIndex}.");
        }
    }

    private static InvalidDataException Missing(string property) =>
        new($"The gazetteer JSON lacks the property '{property}'.");
}

internal sealed record CountryData(
    string Code,
    string Code3,
    string Name,
    string? Capital,
    string? Demonym,
    string? Region,
    string? Subregion,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Demonyms);

internal sealed record RegionData(string Name, string? Parent, IReadOnlyList<string> Names);

internal sealed record CityData(string Name, string Country, int? Population, bool Capital, IReadOnlyList<string> Names);
