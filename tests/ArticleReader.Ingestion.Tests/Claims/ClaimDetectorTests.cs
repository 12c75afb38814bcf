using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Editorial;

namespace ArticleReader.Ingestion.Tests.Claims;

public sealed class ClaimDetectorTests
{
    private static readonly ParsedArticle Seed = new IngestionPipeline(new EditorialLibrary(TestData.ContentRoot)).Parse(File.ReadAllText(TestData.Seed), "seed");

    [Theory]
    [InlineData("At least in one or two cases, reportedly", "reportedly")]
    [InlineData("There was also unconfirmed information", "unconfirmed information")]
    [InlineData("But year later, on April 2", "according to the Armenian side")]
    public void Hedged_sentences_are_claims_that_carry_their_hedge(string opening, string hedge)
    {
        var claim = ClaimStarting(opening);

        Assert.Contains(hedge, claim.Hedges.Select(h => h.Text));
        Assert.All(claim.Hedges, h => Assert.Equal(h.Text, h.Span.Slice(Seed.Source)));
    }

    [Fact]
    public void Attribution_names_who_says_so()
    {
        Assert.Equal("the Armenian side", ClaimStarting("But year later, on April 2").Attribution?.Text);
        var dehqan = ClaimStarting("Uniqueness of the visit was in the statements made");
        Assert.Equal(ClaimKind.Attribution, dehqan.Kind);
        Assert.Equal("hossein-dehghan", dehqan.Attribution?.EntityKey);
    }

    [Fact]
    public void Questions_and_analysis_are_not_claims()
    {
        Assert.DoesNotContain(Seed.Claims, c => c.Text.StartsWith("So, what is going on", StringComparison.Ordinal));
        Assert.DoesNotContain(Seed.Claims, c => c.Text.StartsWith("A security complex is defined", StringComparison.Ordinal));
        Assert.DoesNotContain(Seed.Claims, c => c.Text.StartsWith("In other words", StringComparison.Ordinal));
    }

    [Fact]
    public void Claims_involve_their_entities_and_dates_and_biographies_are_their_own_kind()
    {
        var visit = ClaimStarting("Then president Aliyev has visited the Islamic Republic");
        Assert.Contains("ilham-aliyev", visit.EntityKeys);
        Assert.Contains("iran", visit.EntityKeys);
        Assert.Equal(ClaimKind.Event, visit.Kind);
        Assert.InRange(visit.CheckWorthiness, ClaimSpotter.Default.Threshold - 0.005, 1);

        var biography = ClaimStarting("In 2003 he graduated with MBA degree");
        Assert.Equal(ClaimKind.Biography, biography.Kind);
    }

    [Fact]
    public void An_attribution_with_a_title_covers_the_title_in_its_span()
    {
        var attribution = ClaimStarting("But a few weeks later proof came from the highest level").Attribution;

        Assert.Equal("president Aliyev", attribution?.Text);
        Assert.Equal("president Aliyev", attribution?.Span.Slice(Seed.Source));
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("chip-supply")]
    [InlineData("water-diplomacy")]
    public void Every_stored_text_of_a_claim_is_exactly_its_span_of_the_source(string article)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", $"{article}.txt"));
        var parsed = new IngestionPipeline().Parse(source, article);

        Assert.NotEmpty(parsed.Claims);
        Assert.All(parsed.Claims, c =>
        {
            Assert.Equal(c.Text, c.Span.Slice(source));
            Assert.All(c.Hedges, h => Assert.Equal(h.Text, h.Span.Slice(source)));
            if (c.Attribution is { } a)
            {
                Assert.Equal(a.Text, a.Span.Slice(source));
            }
        });
    }

    [Fact]
    public void The_check_worthiness_is_the_models_calibrated_probability()
    {
        Assert.All(Seed.Claims, c => Assert.InRange(c.CheckWorthiness, 0, 1));
        Assert.True(Seed.Claims.Select(c => c.CheckWorthiness).Distinct().Count() > 5, "the scores of the seed's claims hardly differ");
    }

    [Fact]
    public void Every_claim_has_a_distinct_eight_character_key()
    {
        Assert.Equal(Seed.Claims.Count, Seed.Claims.Select(c => c.Key).Distinct().Count());
        Assert.All(Seed.Claims, c => Assert.Matches("^[a-z2-7]{8}$", c.Key));
    }

    private static Claim ClaimStarting(string opening) =>
        Seed.Claims.FirstOrDefault(c => c.Text.StartsWith(opening, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no claim starts with \"{opening}\"");
}
