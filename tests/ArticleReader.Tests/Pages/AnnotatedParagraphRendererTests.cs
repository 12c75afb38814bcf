using System.Text.Encodings.Web;
using System.Text.Unicode;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleReader.Data;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;

namespace ArticleReader.Tests.Pages;

public sealed class AnnotatedParagraphRendererTests
{
    // The paragraph starts at offset 100 of the source, so offsets in the markup are source offsets, not local ones.
    private const int Offset = 100;
    private const string First = "Dehqan said \"<b>hi</b>\" & left.";
    private const string Second = "Iran sold 20 tanks in April 2014.";
    private const string Text = First + " " + Second;

    private const ReadingLayer AllLayers = ReadingLayer.Claims | ReadingLayer.Entities | ReadingLayer.Flags | ReadingLayer.Notes;

    private readonly AnnotatedParagraphRenderer _renderer = new(HtmlEncoder.Create(UnicodeRanges.All), Options.Create(new ReadingOptions()));

    [Fact]
    public void Sentences_carry_ids_and_source_offsets_and_hold_exactly_their_text()
    {
        var (article, paragraph) = Build();

        var p = Render(_renderer.Reading(article, paragraph, AllLayers)).QuerySelector("p#p-0")!;

        Assert.Equal(("100", "165"), (p.GetAttribute("data-start"), p.GetAttribute("data-end")));
        var sentences = p.QuerySelectorAll("span.s").ToList();
        Assert.Equal(["s-0", "s-1"], sentences.Select(s => s.Id));
        Assert.Equal([First, Second], sentences.Select(s => s.TextContent));
        Assert.Equal(("132", "165"), (sentences[1].GetAttribute("data-start"), sentences[1].GetAttribute("data-end")));
    }

    [Fact]
    public void Article_text_is_encoded_never_parsed_as_markup()
    {
        var (article, paragraph) = Build();

        var html = _renderer.Reading(article, paragraph, AllLayers).ToString()!;
        var p = Render(new HtmlString(html)).QuerySelector("p")!;

        Assert.Empty(p.QuerySelectorAll("b:not(.note-number)"));
        Assert.Contains("&lt;b&gt;hi&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot; &amp; left.", html, StringComparison.Ordinal);
        Assert.StartsWith(Text, p.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_link_to_their_entity_pages_and_dates_are_plain_text()
    {
        var (article, paragraph) = Build();

        var p = Render(_renderer.Reading(article, paragraph, AllLayers)).QuerySelector("p")!;

        var links = p.QuerySelectorAll("span.s a.mention").ToList();
        Assert.Equal(["Dehqan", "Iran"], links.Select(a => a.TextContent));
        Assert.Equal("/articles/a-b/entities/iran", links[1].GetAttribute("href"));
        Assert.Equal("entity-iran", links[1].GetAttribute("aria-describedby"));
        Assert.Empty(p.QuerySelectorAll("span.mention, [title]"));
    }

    [Fact]
    public void The_calm_default_has_no_links_tints_or_notes_only_the_claim_number()
    {
        var (article, paragraph) = Build();

        var p = Render(_renderer.Reading(article, paragraph, ReadingLayers.Default)).QuerySelector("p")!;

        Assert.Empty(p.QuerySelectorAll("a.mention, .sidenote, .note-toggle, mark"));
        Assert.Equal(Second, p.QuerySelector("#s-1 > span.claim#claim-k2")!.TextContent);
        var number = p.QuerySelector("#s-1 + sup.fnref > a")!;
        Assert.Equal(("1", "/articles/a-b/claims/k2", "Claim 1"), (number.TextContent, number.GetAttribute("href"), number.GetAttribute("aria-label")));
        Assert.Equal(Text + "1", p.TextContent);
    }

    [Fact]
    public void Mentions_that_straddle_another_or_a_sentence_edge_are_left_out_rather_than_break_the_markup()
    {
        var (article, paragraph) = Build(extraMentions:
        [
            ("said \"<b>hi", EntityType.Person),      // overlaps nothing: kept
            ("hi</b>\" & left", EntityType.Person),   // starts inside the previous one: dropped
            ("left. Iran", EntityType.Place),        // crosses the sentence boundary: dropped
        ]);

        var p = Render(_renderer.Reading(article, paragraph, AllLayers)).QuerySelector("p")!;

        Assert.Equal(["Dehqan", "said \"<b>hi", "Iran"], p.QuerySelectorAll("a.mention").Select(a => a.TextContent));
        Assert.Equal([First, Second], p.QuerySelectorAll("span.s").Select(s => s.TextContent));
    }

    [Fact]
    public void A_claim_is_marked_inside_its_sentence_and_its_footnote_follows_the_sentence()
    {
        var (article, paragraph) = Build();

        var p = Render(_renderer.Reading(article, paragraph, AllLayers)).QuerySelector("p")!;

        var claim = p.QuerySelector("#s-1 > span.claim#claim-k2")!;
        Assert.Equal(Second, claim.TextContent);
        var reference = p.QuerySelector("#s-1 + sup.fnref > a#fnref-1")!;
        Assert.Equal("#fn-1", reference.GetAttribute("href"));
        var toggle = p.QuerySelector("sup.fnref + input.note-toggle[type=checkbox]")!;
        Assert.Equal(toggle.Id, p.QuerySelector("input.note-toggle + label.note-label")!.GetAttribute("for"));
        var note = p.QuerySelector("label.note-label + span.sidenote#fn-1")!;
        Assert.Equal("#fnref-1", note.QuerySelector("a.backref")!.GetAttribute("href"));
        Assert.Equal("↩ 1 Checkable claim · hedged (“reportedly”) · attributed to Hossein Dehghan · 2014 details · source", note.TextContent);
        Assert.Equal("#entity-hossein-dehghan", note.QuerySelector("a[href*='dehghan']")!.GetAttribute("href"));
        Assert.Equal("/articles/a-b/source?char=132,165#char=132,165", note.QuerySelector("a[href*='source']")!.GetAttribute("href"));
        Assert.Equal("/articles/a-b/claims/k2", note.QuerySelector("a[href$='claims/k2']")!.GetAttribute("href"));
        Assert.Empty(note.QuerySelectorAll("div, p, ul, ol"));
    }

    [Fact]
    public void Focused_marks_only_the_claim_and_writes_no_notes_ids_or_cards()
    {
        var (article, paragraph) = Build();

        var p = Render(_renderer.Focused(article, paragraph, article.Claims[0])).QuerySelector("p")!;

        Assert.Equal(Second, p.QuerySelector("mark.claim#claim-k2")!.TextContent);
        Assert.Equal(Text, p.TextContent);
        Assert.False(p.HasAttribute("id"));
        Assert.Empty(p.QuerySelectorAll(".sidenote, [aria-describedby], span.s[id]"));
        Assert.Equal(2, p.QuerySelectorAll("a.mention").Length);
    }

    [Fact]
    public void Highlighted_marks_a_source_range_inside_an_encoded_text()
    {
        var html = _renderer.Highlighted("a <i>b</i> c", 10, 13, 16).ToString();

        Assert.Equal("a &lt;<mark>i&gt;b</mark>&lt;/i&gt; c", html);
    }

    [Fact]
    public void Entity_cards_give_name_type_description_and_mention_count_but_not_for_values()
    {
        var (article, _) = Build();

        var list = Render(_renderer.EntityCards(article)).QuerySelector("ul.entity-list")!;

        Assert.Equal(["entity-hossein-dehghan", "entity-iran"], list.Children.Select(li => li.Id));
        var iran = list.Children[1];
        Assert.Equal("/articles/a-b/entities/iran", iran.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Iran Place A <country>. 1 mention", iran.TextContent);
    }

    private static IElement Render(IHtmlContent content) =>
        new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + content + "</body>").Body!;

    private static (AnnotatedArticle Article, Paragraph Paragraph) Build(IReadOnlyList<(string Text, EntityType Type)>? extraMentions = null)
    {
        var source = new string(' ', Offset) + Text;
        int At(string part) => source.IndexOf(part, StringComparison.Ordinal);
        var first = new Sentence { Id = 1, Position = 0, Start = Offset, End = Offset + First.Length, Text = First };
        var second = new Sentence { Id = 2, Position = 1, Start = At(Second), End = At(Second) + Second.Length, Text = Second };
        var paragraph = new Paragraph { Position = 0, Start = Offset, End = source.Length, Text = Text, Sentences = [first, second] };

        EntityRecord Entity(string key, string name, EntityType type, string? description, params (string Text, string? Value)[] mentions) => new()
        {
            Key = key,
            Name = name,
            Type = type,
            Description = description,
            Mentions = [.. mentions.Select(m => new MentionRecord { Start = At(m.Text), End = At(m.Text) + m.Text.Length, Text = m.Text, Type = type, Value = m.Value })],
        };

        var entities = new List<EntityRecord>
        {
            Entity("hossein-dehghan", "Hossein Dehghan", EntityType.Person, null, ("Dehqan", null)),
            Entity("iran", "Iran", EntityType.Place, "A <country>.", ("Iran", null)),
            Entity("april-2014", "April 2014", EntityType.Date, null, ("April 2014", "2014-04")),
        };
        entities.AddRange((extraMentions ?? []).Select((m, i) => Entity($"extra-{i}", m.Text, m.Type, null, (m.Text, null))));

        var claim = new ClaimRecord
        {
            Key = "k2",
            Position = 0,
            SentenceId = second.Id,
            Start = second.Start,
            End = second.End,
            Text = Second,
            Kind = ClaimKind.Event,
            CheckWorthiness = 0.54,
            AttributionText = "Dehqan",
            AttributionEntityKey = "hossein-dehghan",
            EntityKeys = ["iran"],
            Dates = ["2014-04"],
            Hedges = [new ClaimHedge { Text = "reportedly" }],
        };
        var article = new Article
        {
            Slug = "a-b",
            Revision = 1,
            SourceText = source,
            Sha256 = new string('0', 64),
            Sections = [new Section { Position = 0, Title = "Only", Start = Offset, End = source.Length, Paragraphs = [paragraph] }],
            Entities = entities,
            Claims = [claim],
        };
        return (new AnnotatedArticle(article), paragraph);
    }
}
