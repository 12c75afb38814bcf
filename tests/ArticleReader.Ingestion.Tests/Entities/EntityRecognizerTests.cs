using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Entities;

namespace ArticleReader.Ingestion.Tests.Entities;

/// <summary>Recognition and canonicalization without any glossary: what the recognizer knows in general.</summary>
public sealed class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = new();

    [Fact]
    public void A_surname_and_a_titled_surname_are_the_person_named_in_full_elsewhere()
    {
        var result = Recognize("Then president Aliyev visited Tehran. Aliyev’s administration was pleased. Ilham Aliyev spoke again.");

        var aliyev = result.Mentions.Where(m => m.Type == EntityType.Person).ToList();
        Assert.Equal(["Aliyev", "Aliyev", "Ilham Aliyev"], aliyev.Select(m => m.Text));
        Assert.All(aliyev, m => Assert.Equal("ilham-aliyev", m.EntityKey));
        Assert.Equal("president", aliyev[0].Role);
        Assert.Equal("Ilham Aliyev", Assert.Single(result.Entities, e => e.Key == "ilham-aliyev").Name);
    }

    [Fact]
    public void Titles_are_kept_as_the_role_not_the_name()
    {
        var result = Recognize("The Iranian defense minister, Brig. Gen. Houssein Dehqan visited Baku. Dr.des. Orkhan Sattarov worked in Berlin. Commerce Secretary Gina Raimondo said so.");

        Assert.Equal("defense minister, Brig. Gen.", Mention(result, "Houssein Dehqan").Role);
        Assert.Equal("Dr.des.", Mention(result, "Orkhan Sattarov").Role);
        Assert.Equal("Commerce Secretary", Mention(result, "Gina Raimondo").Role);
    }

    [Fact]
    public void A_capital_acting_as_a_state_is_the_state_and_stays_a_city_where_it_is_one()
    {
        var result = Recognize("In April Aliyev visited the Islamic Republic of Iran. Later the Islamic Republic and Tehran’s leaders agreed. Rouhani visited Baku. Israel sold weapons to Baku.");

        Assert.Equal("iran", Mention(result, "Islamic Republic of Iran").EntityKey);
        Assert.Equal("iran", Mention(result, "Islamic Republic").EntityKey);
        Assert.Equal("iran", Mention(result, "Tehran").EntityKey);
        var bakus = result.Mentions.Where(m => m.Text == "Baku").ToList();
        Assert.Equal(["baku", "azerbaijan"], bakus.Select(m => m.EntityKey));
        Assert.All(bakus, m => Assert.Equal(EntityType.Place, m.Type));
    }

    [Fact]
    public void A_plural_without_apostrophe_is_the_person()
    {
        var result = Recognize("The Israeli prime minister Benjamin Netanyahu came in December. The reaction to Netanyahus visit was critical.");

        Assert.Equal("benjamin-netanyahu", Mention(result, "Netanyahus").EntityKey);
    }

    [Fact]
    public void Demonyms_are_places_linked_to_their_country_but_peoples_and_faiths_are_not_entities()
    {
        var result = Recognize("Azerbaijani and Iranian officials met Armenian diplomats. Armenians and Shia Muslims prayed. An anti-Israeli campaign began.");

        Assert.Equal("azerbaijan", Mention(result, "Azerbaijani").EntityKey);
        Assert.Equal("iran", Mention(result, "Iranian").EntityKey);
        Assert.Equal("armenia", Mention(result, "Armenian").EntityKey);
        Assert.Equal("israel", Mention(result, "Israeli").EntityKey);
        Assert.DoesNotContain(result.Mentions, m => m.Text is "Armenians" or "Shia" or "Muslims" or "Shia Muslims");
    }

    [Fact]
    public void Organizations_come_from_cue_words_and_acronyms_from_their_expansion()
    {
        var result = Recognize("Diplomats of the European Union and NATO met at the Kyiv School of Economics. Later the EU and the Collective Security Treaty Organization spoke. Maria Kovalenko of Keio University joined the Ministry of Water Resources and Irrigation.");

        foreach (var name in new[] { "European Union", "NATO", "Kyiv School of Economics", "Collective Security Treaty Organization", "Keio University", "Ministry of Water Resources and Irrigation" })
        {
            Assert.Equal(EntityType.Org, Mention(result, name).Type);
        }

        Assert.Equal("european-union", Mention(result, "EU").EntityKey);
        Assert.Equal(EntityType.Person, Mention(result, "Maria Kovalenko").Type);
    }

    [Fact]
    public void Events_products_and_regions_come_from_their_shape_and_cues()
    {
        var result = Recognize("After the Russo-Georgian war and the Arab Spring, the 2011 revolution changed Cairo. Infantry armed with Israeli made SPIKE-LR anti-tank missiles and Huawei’s Mate 60 Pro phone reached the South Caucasus, the Caspian Sea and Central and Western Europe in Nagorno-Karabakh.");

        Assert.Equal(EntityType.Event, Mention(result, "Russo-Georgian war").Type);
        Assert.Equal(EntityType.Event, Mention(result, "Arab Spring").Type);
        Assert.Equal(EntityType.Event, Mention(result, "2011 revolution").Type);
        Assert.Equal(EntityType.Product, Mention(result, "SPIKE-LR").Type);
        Assert.Equal(EntityType.Product, Mention(result, "Mate 60 Pro").Type);
        foreach (var place in new[] { "South Caucasus", "Caspian Sea", "Central and Western Europe", "Nagorno-Karabakh" })
        {
            Assert.Equal(EntityType.Place, Mention(result, place).Type);
        }
    }

    [Fact]
    public void Words_that_open_a_sentence_are_not_names_when_the_text_uses_them_in_lower_case()
    {
        var result = Recognize("Relationships matter. Nevertheless, relationships change. Cooperation grew.");

        Assert.DoesNotContain(result.Mentions, m => m.Type != EntityType.Date && m.Type != EntityType.Quantity);
    }

    [Fact]
    public void The_glossary_adds_aliases_descriptions_and_links()
    {
        var glossary = new Glossary([new GlossaryEntry("Brenda Shaffer", EntityType.Person, ["Brenda Schaffer"], "Energy and security scholar.", "https://en.wikipedia.org/wiki/Brenda_Shaffer", null, "Misspelled as Schaffer in the source.")]);
        const string text = "This is covered in works of Brenda Schaffer and others.";

        var result = Recognizer.Recognize(text, [new TextSpan(0, text.Length)], glossary);

        var mention = Assert.Single(result.Mentions);
        Assert.Equal(MentionEvidence.Glossary, mention.Evidence);
        var entity = Assert.Single(result.Entities);
        Assert.Equal(("Brenda Shaffer", "https://en.wikipedia.org/wiki/Brenda_Shaffer", "Misspelled as Schaffer in the source."), (entity.Name, entity.Link, entity.Note));
    }

    [Theory]
    [InlineData("It rose by 3.5 –")]
    [InlineData("It rose from 3 to")]
    [InlineData("Four of")]
    [InlineData("Between 1990 and")]
    public void A_sentence_that_ends_inside_a_range_or_ratio_is_read_without_error(string sentence)
    {
        var article = new IngestionPipeline().Parse($"Title\n\n{sentence}", "x");

        Assert.All(article.Entities.Mentions, m => Assert.Equal(m.Text, m.Span.Slice(article.Source)));
    }

    [Fact]
    public void Every_mention_of_the_seed_slices_the_source_to_its_text()
    {
        var article = new IngestionPipeline(new EditorialLibrary(TestData.ContentRoot)).Parse(File.ReadAllText(TestData.Seed), "seed");

        Assert.NotEmpty(article.Entities.Mentions);
        Assert.All(article.Entities.Mentions, m => Assert.Equal(m.Text, m.Span.Slice(article.Source)));
        Assert.All(article.Claims, c => Assert.Equal(c.Text, c.Span.Slice(article.Source)));
        var keys = article.Entities.Entities.Select(e => e.Key).ToHashSet();
        Assert.All(article.Entities.Mentions, m => Assert.Contains(m.EntityKey, keys));
    }

    private static EntityExtraction Recognize(string text)
    {
        var sentences = new ArticleReader.Ingestion.Sentences.SentenceSplitter().Split(text, new TextSpan(0, text.Length));
        return Recognizer.Recognize(text, sentences, Glossary.Empty);
    }

    private static Mention Mention(EntityExtraction result, string text) =>
        result.Mentions.FirstOrDefault(m => m.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"no mention \"{text}\"; found: {string.Join(", ", result.Mentions.Select(m => $"{m.Text}:{m.Type}"))}");
}
