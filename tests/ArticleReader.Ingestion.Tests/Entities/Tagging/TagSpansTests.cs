using ArticleReader.Ingestion.Entities.Tagging;

namespace ArticleReader.Ingestion.Tests.Entities.Tagging;

public sealed class TagSpansTests
{
    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    [Fact]
    public void IOB_tags_read_as_conlleval_reads_them()
    {
        // An I- tag after O or after another type opens a name, as conlleval counts it.
        var spans = TagSpans.FromIob(["B-PER", "I-PER", "O", "I-LOC", "I-ORG", "B-ORG", "I-ORG", "B-MISC"]);

        Assert.Equal([new(0, 2, "PER"), new(3, 4, "LOC"), new(4, 5, "ORG"), new(5, 7, "ORG"), new TaggedSpan(7, 8, "MISC")], spans);
    }

    [Fact]
    public void BILOU_tags_carry_the_same_names_back_and_forth()
    {
        List<TaggedSpan> spans = [new(0, 1, "LOC"), new(2, 5, "ORG"), new(5, 7, "PER")];

        var tags = TagSpans.ToBilou(spans, 8, Types);

        Assert.Equal(spans, TagSpans.FromBilou(tags, Types));
        Assert.Equal(0, tags[1]);
    }

    [Fact]
    public void Only_well_formed_BILOU_sequences_are_allowed()
    {
        var tags = TagSpans.ToBilou([new(0, 3, "PER"), new(3, 4, "ORG")], 4, Types);

        Assert.True(TagSpans.Allowed(-1, tags[0]));
        Assert.True(TagSpans.Allowed(tags[0], tags[1]));
        Assert.True(TagSpans.Allowed(tags[2], tags[3]));
        Assert.False(TagSpans.Allowed(-1, tags[1]));
        Assert.False(TagSpans.Allowed(tags[0], 0));
        Assert.False(TagSpans.Allowed(tags[0], -1));
        Assert.False(TagSpans.Allowed(tags[1], tags[3]));
    }
}
