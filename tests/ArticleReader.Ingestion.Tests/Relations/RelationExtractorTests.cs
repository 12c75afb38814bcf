using System.Text;
using System.Text.RegularExpressions;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Ingestion.Relations;

namespace ArticleReader.Ingestion.Tests.Relations;

/// <summary>
/// One rule at a time, on a sentence whose actors are marked up as <c>[text|key]</c> or <c>[text|key|Person]</c>,
/// so the rules are tested apart from entity recognition.
/// </summary>
public sealed partial class RelationExtractorTests
{
    [Theory]
    [InlineData("In 2016 [Israel|israel] sold drones to [Azerbaijan|azerbaijan].", "israel SoldWeaponsTo azerbaijan")]
    [InlineData("Tanks were sold by [Russia|russia] to [Armenia|armenia].", "russia SoldWeaponsTo armenia")]
    [InlineData("[Russian|russia] arms sales to [Armenia|armenia] grew.", "russia SoldWeaponsTo armenia")]
    [InlineData("The arms exports from [France|france] to [India|india] doubled.", "france SoldWeaponsTo india")]
    public void A_seller_sells_weapons_to_a_buyer(string marked, string expected)
    {
        Assert.Equal([expected], Extract(marked));
    }

    [Fact]
    public void A_purchase_from_a_list_makes_each_seller_sell_to_the_buyer()
    {
        var relations = Extract("[Armenia|armenia] purchased weapons from [Russia|russia], [Belarus|belarus] and [Serbia|serbia].");

        Assert.Equal(["russia SoldWeaponsTo armenia", "belarus SoldWeaponsTo armenia", "serbia SoldWeaponsTo armenia"], relations);
    }

    [Fact]
    public void Sellers_shared_with_a_second_verb_and_past_an_aside_are_all_found()
    {
        var relations = Extract(
            "[Baku|azerbaijan] manages to purchase weapons from and develop military cooperation with [Russia|russia], which is [Armenia|armenia]’s ally, [Turkey|turkey] and [Israel|israel].");

        Assert.Equal(
            [
                "russia SoldWeaponsTo azerbaijan", "turkey SoldWeaponsTo azerbaijan", "israel SoldWeaponsTo azerbaijan",
                "azerbaijan CooperatesMilitarilyWith russia", "azerbaijan CooperatesMilitarilyWith turkey", "azerbaijan CooperatesMilitarilyWith israel",
                "armenia AlliedWith russia",
            ],
            relations);
    }

    [Theory]
    [InlineData("[Israel|israel] sold its stake in the port to [Egypt|egypt].")]
    [InlineData("[Azerbaijan|azerbaijan] bought gas from [Russia|russia].")]
    public void A_sale_of_something_other_than_weapons_is_no_weapon_sale(string marked)
    {
        Assert.Empty(Extract(marked));
    }

    [Theory]
    [InlineData("Then president [Aliyev|ilham-aliyev|Person] has visited the [Islamic Republic|iran] in April 2014.", "ilham-aliyev Visited iran")]
    [InlineData("This time [Iranian|iran] defense minister, [Hossein Dehghan|hossein-dehghan|Person] visited [Baku|baku] and met [Aliyev|ilham-aliyev|Person].", "hossein-dehghan Visited baku")]
    [InlineData("[Baku|baku] was visited by [Vladimir Putin|vladimir-putin|Person] in 2018.", "vladimir-putin Visited baku")]
    [InlineData("It was the eve of the visit of [Shimon Peres|shimon-peres|Person] to [Baku|baku] in 2009.", "shimon-peres Visited baku")]
    [InlineData("It was the eve of the visit of [Israeli|israel] president [Shimon Peres|shimon-peres|Person] to [Baku|baku].", "shimon-peres Visited baku")]
    [InlineData("The reaction to [Netanyahus|benjamin-netanyahu|Person] visit to [Azerbaijan|azerbaijan] was critical.", "benjamin-netanyahu Visited azerbaijan")]
    [InlineData("[Erdoğan|recep-tayyip-erdogan|Person]’s visit to [Baku|baku] was short.", "recep-tayyip-erdogan Visited baku")]
    public void A_visitor_visits_a_place(string marked, string expected)
    {
        Assert.Equal([expected], Extract(marked));
    }

    [Fact]
    public void A_visit_to_several_places_is_a_visit_to_each_but_a_person_after_and_starts_a_new_clause()
    {
        Assert.Equal(
            ["emmanuel-macron Visited armenia", "emmanuel-macron Visited georgia"],
            Extract("[Emmanuel Macron|emmanuel-macron|Person] visited [Armenia|armenia] and [Georgia|georgia] in 2018."));
        Assert.Equal(
            ["hassan-rouhani Visited baku"],
            Extract("[Hassan Rouhani|hassan-rouhani|Person] visited [Baku|baku] and [Aliyev|ilham-aliyev|Person] met him."));
    }

    [Theory]
    [InlineData("There had been military cooperation between [Baku|azerbaijan] and [Iran|iran].", "azerbaijan CooperatesMilitarilyWith iran")]
    [InlineData("[Dehqan|hossein-dehghan|Person] voiced [Iran|iran]'s readiness to start military cooperation with [Baku|azerbaijan].", "azerbaijan CooperatesMilitarilyWith iran")]
    [InlineData("[Azerbaijan|azerbaijan]’s military cooperation with [Israel|israel] proved effective.", "azerbaijan CooperatesMilitarilyWith israel")]
    [InlineData("They discussed military and political cooperation between [Turkey|turkey] and [Pakistan|pakistan].", "pakistan CooperatesMilitarilyWith turkey")]
    public void Military_cooperation_is_stored_once_with_the_first_key_as_subject(string marked, string expected)
    {
        Assert.Equal([expected], Extract(marked));
    }

    [Fact]
    public void Military_partners_of_a_state_together_with_others_each_cooperate_with_it()
    {
        var relations = Extract(
            "[Aliyev|ilham-aliyev|Person] mentioned [Iran|iran] as one of the actual military partners of [Azerbaijan|azerbaijan] (together with [Russia|russia], [Turkey|turkey], and [Israel|israel]).");

        Assert.Equal(
            [
                "azerbaijan CooperatesMilitarilyWith iran", "azerbaijan CooperatesMilitarilyWith russia",
                "azerbaijan CooperatesMilitarilyWith turkey", "azerbaijan CooperatesMilitarilyWith israel",
            ],
            relations);
    }

    [Theory]
    [InlineData("It is controlled by [Armenia|armenia] - member of the [Moscow|russia]-centered [Collective Security Treaty Organization|csto|Org].", "armenia MemberOf csto")]
    [InlineData("[Turkey|turkey], a member of [NATO|nato|Org], objected.", "turkey MemberOf nato")]
    [InlineData("[Norway|norway] is a founding member of [NATO|nato|Org].", "norway MemberOf nato")]
    [InlineData("[Heydar Mirza|heydar-mirza|Person] is a member of the [Center for Strategic Studies|css|Org].", "heydar-mirza MemberOf css")]
    public void A_member_belongs_to_an_organization(string marked, string expected)
    {
        Assert.Equal([expected], Extract(marked));
    }

    [Fact]
    public void Only_organizations_have_members()
    {
        Assert.Empty(Extract("[Hassan Rouhani|hassan-rouhani|Person] is a member of the [Iranian|iran] parliament."));
    }

    [Theory]
    [InlineData("Finally, [Azerbaijan|azerbaijan] is a close military ally of [Turkey|turkey].", "azerbaijan AlliedWith turkey")]
    [InlineData("They turned to [Russia|russia], which is [Armenia|armenia]’s ally and security guarantor.", "armenia AlliedWith russia")]
    [InlineData("[Russia|russia] is [Armenia|armenia]'s closest ally.", "armenia AlliedWith russia")]
    [InlineData("In case of the alliance between [Israel|israel] and [Azerbaijan|azerbaijan], pragmatism rules.", "azerbaijan AlliedWith israel")]
    [InlineData("[Azerbaijan|azerbaijan]’s alliance with [Israel|israel] is old.", "azerbaijan AlliedWith israel")]
    [InlineData("[Greece|greece] and [Cyprus|cyprus] are close allies.", "cyprus AlliedWith greece")]
    public void Allies_are_stored_once_with_the_first_key_as_subject(string marked, string expected)
    {
        Assert.Equal([expected], Extract(marked));
    }

    [Theory]
    [InlineData("Those who remember the hostile rhetoric between [Baku|azerbaijan] and [Tehran|iran] in May 2012.", "azerbaijan HostileTo iran")]
    [InlineData("There was threatening towards [Azerbaijan|azerbaijan] by any high ranked [Iranian|iran] military officer.", "iran HostileTo azerbaijan")]
    [InlineData("It was seen as planning of [Israeli|israel] military actions against [Iran|iran].", "israel HostileTo iran")]
    [InlineData("[Turkey|turkey] threatened [Greece|greece] over the islands.", "turkey HostileTo greece")]
    public void Hostility_runs_from_the_threatening_actor_unless_it_is_mutual(string marked, string expected)
    {
        Assert.Equal([expected], Extract(marked));
    }

    [Theory]
    [InlineData("[Israel|israel] did not sell weapons to [Azerbaijan|azerbaijan].")]
    [InlineData("[Iran|iran] has never visited [Baku|baku].")]
    [InlineData("[Iran|iran] is not a close ally of [Russia|russia].")]
    [InlineData("There is no military cooperation between [Turkey|turkey] and [Armenia|armenia].")]
    [InlineData("[Georgia|georgia] and [Russia|russia] are not allies.")]
    public void A_negated_relation_is_no_relation(string marked)
    {
        Assert.Empty(Extract(marked));
    }

    [Fact]
    public void A_relation_that_stopped_held_and_is_kept()
    {
        Assert.Equal(
            ["iran HostileTo azerbaijan"],
            Extract("There was no more threatening towards [Azerbaijan|azerbaijan] by any [Iranian|iran] officer."));
    }

    [Theory]
    [InlineData("[Israel|israel] and [Iran|iran] are far apart.")]
    [InlineData("Military cooperation between two countries was discussed in [Baku|baku].")]
    [InlineData("Hedged for [Baku|azerbaijan] by regional security cooperation, first of all with [Russia|russia].")]
    public void Actors_that_merely_co_occur_have_no_relation(string marked)
    {
        Assert.Empty(Extract(marked));
    }

    [Fact]
    public void An_actor_is_never_related_to_itself()
    {
        Assert.Empty(Extract("[Azerbaijan|azerbaijan]’s military cooperation with [Baku|azerbaijan] grew."));
    }

    [Fact]
    public void The_same_relation_twice_in_a_claim_is_kept_once_with_its_first_evidence()
    {
        const string text = "There is military cooperation between Turkey and Pakistan, and Pakistan develops military cooperation with Turkey.";
        var relation = Assert.Single(ExtractRelations("There is military cooperation between [Turkey|turkey] and [Pakistan|pakistan], and [Pakistan|pakistan] develops military cooperation with [Turkey|turkey].").Relations);

        Assert.Equal(text.IndexOf("military cooperation", StringComparison.Ordinal), relation.Evidence.Start);
    }

    [Fact]
    public void Evidence_is_the_trigger_phrase_inside_the_claim()
    {
        var (source, relations) = ExtractRelations("In the last decade [Israel|israel] officially sold to [Baku|azerbaijan] lethal weapons.");

        var relation = Assert.Single(relations);
        Assert.Equal("sold", relation.Evidence.Slice(source));
        Assert.Equal(ClaimKey.For(source), relation.ClaimKey);
    }

    [Fact]
    public void The_pipeline_extracts_relations_after_claims()
    {
        var article = new IngestionPipeline().Parse("Israel sold drones to Azerbaijan in 2016.\n", "relations");

        var relation = Assert.Single(article.Relations);
        Assert.Equal(("israel", RelationKind.SoldWeaponsTo, "azerbaijan"), (relation.SubjectKey, relation.Kind, relation.ObjectKey));
        Assert.Contains(article.Claims, c => c.Key == relation.ClaimKey && c.Span.Contains(relation.Evidence));
    }

    private static List<string> Extract(string marked) =>
        [.. ExtractRelations(marked).Relations.Select(r => $"{r.SubjectKey} {r.Kind} {r.ObjectKey}")];

    /// <summary>The marked-up sentence as one claim, with its marked actors as the only mentions.</summary>
    private static (string Source, IReadOnlyList<Relation> Relations) ExtractRelations(string marked)
    {
        var text = new StringBuilder();
        var mentions = new List<Mention>();
        var at = 0;
        foreach (Match match in Markup().Matches(marked))
        {
            text.Append(marked, at, match.Index - at);
            var name = match.Groups["text"].Value;
            var type = match.Groups["type"].Success ? Enum.Parse<EntityType>(match.Groups["type"].Value) : EntityType.Place;
            mentions.Add(new Mention(new TextSpan(text.Length, text.Length + name.Length), name, type, match.Groups["key"].Value, MentionEvidence.Gazetteer));
            text.Append(name);
            at = match.Index + match.Length;
        }

        text.Append(marked, at, marked.Length - at);
        var source = text.ToString();
        var claim = new Claim(ClaimKey.For(source), new TextSpan(0, source.Length), source, ClaimKind.Statement, 1, [], null, [.. mentions.Select(m => m.EntityKey).Distinct()], []);
        return (source, new RelationExtractor().Extract(source, [claim], new EntityExtraction([], mentions)));
    }

    [GeneratedRegex(@"\[(?<text>[^|\]]+)\|(?<key>[^|\]]+)(?:\|(?<type>\w+))?\]")]
    private static partial Regex Markup();
}
