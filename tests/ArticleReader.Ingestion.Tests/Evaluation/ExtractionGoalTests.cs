using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Evaluation;

namespace ArticleReader.Ingestion.Tests.Evaluation;

/// <summary>The extraction goals, measured against the hand-written gold in <c>Gold/</c> exactly as the evaluate command does.</summary>
public sealed class ExtractionGoalTests
{
    private static readonly string GoldFolder = Path.Combine(AppContext.BaseDirectory, "Gold");

    private static readonly IReadOnlyList<GoldArticle> Gold = GoldStandard.ReadFolder(GoldFolder);

    private static readonly Evaluator WithGlossary = new(new IngestionPipeline(new EditorialLibrary(TestData.ContentRoot)));

    private static readonly Evaluator WithoutGlossary = new(new IngestionPipeline());

    [Fact]
    public void The_gold_set_has_the_seed_and_two_articles_on_other_topics() =>
        Assert.Equal(["chip-supply", "seed", "water-diplomacy"], Gold.Select(g => g.Name));

    [Fact]
    public void With_the_glossary_the_seed_reaches_entity_recall_095()
    {
        var seed = WithGlossary.Evaluate(Seed);

        Assert.True(seed.AllEntities.Recall >= 0.95, $"entity recall {seed.AllEntities.Recall:0.000}\n{string.Join('\n', seed.Errors)}");
    }

    [Fact]
    public void The_claim_spotter_finds_nine_in_ten_of_the_seeds_claims()
    {
        var seed = WithoutGlossary.Evaluate(Seed);

        Assert.True(seed.Claims.Recall >= 0.90, $"claim recall {seed.Claims.Recall:0.000}\n{string.Join('\n', seed.Errors)}");
    }

    [Fact]
    public void Every_hedged_claim_of_the_seed_is_a_claim_that_carries_its_hedges()
    {
        var parsed = new IngestionPipeline().Parse(Seed.Source, Seed.Name);
        var hedged = Seed.Sentences.Where(s => s.IsClaim && s.Hedging.Count > 0).ToList();

        Assert.NotEmpty(hedged);
        Assert.All(hedged, gold =>
        {
            var claim = parsed.Claims.FirstOrDefault(c => c.Span.Overlaps(gold.Span));
            Assert.True(claim is not null, $"not a claim: {gold.Text}");
            Assert.All(gold.Hedging, h => Assert.Contains(h, claim.Hedges.Select(x => x.Text)));
        });
    }

    [Fact(Skip = "Goal not reached: the spotter trained on debate transcripts takes about 20 of the op-ed's opinions for claims (README, Extraction)")]
    public void At_most_one_opinion_of_the_seed_is_taken_for_a_claim()
    {
        var seed = WithoutGlossary.Evaluate(Seed);

        Assert.True(seed.Claims.FalsePositives <= 1, $"{seed.Claims.FalsePositives} opinions taken for claims\n{string.Join('\n', seed.Errors)}");
    }

    [Fact]
    public void Without_the_glossary_the_seed_reaches_entity_recall_085()
    {
        var seed = WithoutGlossary.Evaluate(Seed);

        Assert.True(seed.AllEntities.Recall >= 0.85, $"entity recall {seed.AllEntities.Recall:0.000}\n{string.Join('\n', seed.Errors)}");
    }

    [Theory]
    [InlineData("chip-supply")]
    [InlineData("water-diplomacy")]
    public void The_articles_written_for_the_gold_set_stay_above_a_floor(string name)
    {
        // A regression guard, not a measure of unseen text: the earlier rule-based recognizer was tuned on these two
        // articles. The entity tagger is trained on CoNLL-2003 only; its unseen-text figures are CoNLL dev's.
        var result = WithoutGlossary.Evaluate(Gold.Single(g => g.Name == name));

        Assert.True(result.AllEntities.F1 >= 0.70, $"{name} entity F1 {result.AllEntities.F1:0.000}");
        Assert.True(result.Claims.F1 >= 0.75, $"{name} claim F1 {result.Claims.F1:0.000}");
    }

    private static GoldArticle Seed => Gold.Single(g => g.Name == "seed");
}
