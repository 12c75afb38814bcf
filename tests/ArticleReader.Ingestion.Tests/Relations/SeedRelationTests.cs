using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Evaluation;
using ArticleReader.Ingestion.Relations;
using Xunit.Abstractions;
using static ArticleReader.Ingestion.Relations.RelationKind;

namespace ArticleReader.Ingestion.Tests.Relations;

public sealed class SeedRelationTests(ITestOutputHelper output)
{
    private static readonly ParsedArticle Seed = new IngestionPipeline(new EditorialLibrary(TestData.ContentRoot)).Parse(File.ReadAllText(TestData.Seed), "seed");

    /// <summary>The seed's gold claims: the relations of a sentence wrongly taken for a claim are the claim spotter's error, not the extractor's.</summary>
    private static readonly IReadOnlyList<TextSpan> GoldClaims = [.. GoldStandard.Read(Path.Combine(AppContext.BaseDirectory, "Gold", "seed.gold.yaml")).Sentences.Where(s => s.IsClaim).Select(s => s.Span)];

    /// <summary>Every relation the seed's gold claims state, reviewed by hand against the text.</summary>
    private static readonly (string Subject, RelationKind Kind, string Object)[] Reviewed =
    [
        ("israel", SoldWeaponsTo, "azerbaijan"),
        ("russia", SoldWeaponsTo, "azerbaijan"),
        ("turkey", SoldWeaponsTo, "azerbaijan"),
        ("iran", SoldWeaponsTo, "azerbaijan"),
        ("pakistan", SoldWeaponsTo, "azerbaijan"),
        ("ilham-aliyev", Visited, "iran"),
        ("hassan-rouhani", Visited, "baku"),
        ("hossein-dehghan", Visited, "baku"),
        ("benjamin-netanyahu", Visited, "azerbaijan"),
        ("shimon-peres", Visited, "baku"),
        ("iran", CooperatesMilitarilyWith, "azerbaijan"),
        ("russia", CooperatesMilitarilyWith, "azerbaijan"),
        ("turkey", CooperatesMilitarilyWith, "azerbaijan"),
        ("israel", CooperatesMilitarilyWith, "azerbaijan"),
        ("pakistan", CooperatesMilitarilyWith, "azerbaijan"),
        ("armenia", MemberOf, "collective-security-treaty-organization"),
        ("azerbaijan", AlliedWith, "turkey"),
        ("russia", AlliedWith, "armenia"),
        ("iran", HostileTo, "azerbaijan"),
    ];

    [Fact]
    public void The_seeds_claims_state_the_reviewed_relations_and_no_others()
    {
        foreach (var relation in Seed.Relations)
        {
            var claim = Seed.Claims.Single(c => c.Key == relation.ClaimKey);
            output.WriteLine($"{relation.SubjectKey} {relation.Kind} {relation.ObjectKey}  “{relation.Evidence.Slice(Seed.Source)}”  [{relation.ClaimKey}] {claim.Text}");
        }

        var found = Seed.Relations
            .Where(r => GoldClaims.Any(g => g.Contains(r.Evidence)))
            .Select(r => (r.SubjectKey, r.Kind, r.ObjectKey)).Distinct().ToList();
        Assert.All(Reviewed, expected => Assert.Contains(found, f => Same(f, expected)));
        Assert.All(found, f => Assert.Contains(Reviewed, expected => Same(f, expected)));
    }

    [Fact]
    public void No_relation_is_between_an_entity_and_itself()
    {
        Assert.NotEmpty(Seed.Relations);
        Assert.All(Seed.Relations, r => Assert.NotEqual(r.SubjectKey, r.ObjectKey));
    }

    [Fact]
    public void Every_relation_cites_a_claim_of_the_article_and_its_trigger_inside_it()
    {
        Assert.All(Seed.Relations, r =>
        {
            var claim = Assert.Single(Seed.Claims, c => c.Key == r.ClaimKey);
            Assert.True(claim.Span.Contains(r.Evidence), $"{r.Evidence} is outside claim {claim.Span}");
            Assert.False(r.Evidence.IsEmpty);
            Assert.Equal(r.Evidence, r.Evidence.Trim(Seed.Source));
        });
    }

    [Fact]
    public void Symmetric_relations_are_stored_once_with_the_first_key_as_subject()
    {
        Assert.All(
            Seed.Relations.Where(r => r.Kind.BothWays),
            r => Assert.True(string.CompareOrdinal(r.SubjectKey, r.ObjectKey) < 0, $"{r.SubjectKey} {r.Kind} {r.ObjectKey}"));
        Assert.Equal(Seed.Relations.Count, Seed.Relations.DistinctBy(r => (r.SubjectKey, r.Kind, r.ObjectKey, r.ClaimKey)).Count());
    }

    [Fact]
    public void The_evidence_is_the_phrase_that_states_the_relation()
    {
        Assert.Equal("member of", Evidence("armenia", MemberOf, "collective-security-treaty-organization"));
        Assert.Equal("visit", Evidence("shimon-peres", Visited, "baku"));
        Assert.Equal("threatening", Evidence("iran", HostileTo, "azerbaijan"));
        Assert.Equal("sold", Seed.Relations.First(r => r.Kind == SoldWeaponsTo).Evidence.Slice(Seed.Source));
    }

    /// <summary>Both-ways kinds (military cooperation, alliances) have no direction; hostility here runs from the threatener.</summary>
    private static bool Same((string Subject, RelationKind Kind, string Object) found, (string Subject, RelationKind Kind, string Object) expected) =>
        found.Kind == expected.Kind
        && ((found.Subject, found.Object) == (expected.Subject, expected.Object)
            || (found.Kind.BothWays && (found.Subject, found.Object) == (expected.Object, expected.Subject)));

    private static string Evidence(string subject, RelationKind kind, string @object) =>
        Seed.Relations.Single(r => r.SubjectKey == subject && r.Kind == kind && r.ObjectKey == @object).Evidence.Slice(Seed.Source);
}
