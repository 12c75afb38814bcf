using ArticleReader.Ingestion.Relations;

namespace ArticleReader.Ingestion.Tests.Relations;

/// <summary>Relation kinds are data (relation-kinds.tsv): a name that is stored, the words a reader sees, a direction.</summary>
public sealed class RelationKindTests
{
    [Fact]
    public void The_table_gives_every_kind_its_label_and_direction_in_order()
    {
        Assert.Equal(
            [
                ("SoldWeaponsTo", "sold weapons to", false),
                ("Visited", "visited", false),
                ("CooperatesMilitarilyWith", "cooperates militarily with", true),
                ("MemberOf", "member of", false),
                ("AlliedWith", "allied with", true),
                ("HostileTo", "hostile to", false),
            ],
            RelationKind.All.Select(k => (k.Name, k.Label, k.BothWays)));
    }

    [Fact]
    public void A_stored_name_finds_its_kind_and_an_unknown_one_keeps_its_name_as_label()
    {
        Assert.Same(RelationKind.AlliedWith, RelationKind.FromName("AlliedWith"));
        var retired = RelationKind.FromName("FundedBy");
        Assert.Equal(("FundedBy", "FundedBy", false), (retired.Name, retired.Label, retired.BothWays));
        Assert.Equal("FundedBy", retired.ToString());
    }
}
