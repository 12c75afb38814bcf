using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Embeddings;
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
        var result = Recognize("The Iranian defense minister, Brig. Gen. Houssein Dehqan visited Baku. Dr. Orkhan Sattarov worked in Berlin. Commerce Secretary Gina Raimondo said so.");

        Assert.Equal("defense minister, Brig. Gen.", Mention(result, "Houssein Dehqan").Role);
        Assert.Equal("Dr.", Mention(result, "Orkhan Sattarov").Role);
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
    public void Demonyms_are_groups_linked_to_their_country_not_places()
    {
        var result = Recognize("Azerbaijani and Iranian officials met Armenian diplomats in Yerevan. Russians voted on Sunday.");

        foreach (var (demonym, country) in new[] { ("Azerbaijani", "azerbaijan"), ("Iranian", "iran"), ("Armenian", "armenia"), ("Russians", "russia") })
        {
            var mention = Mention(result, demonym);
            Assert.Equal((EntityType.Group, country), (mention.Type, mention.EntityKey));
            Assert.Equal(EntityType.Place, Assert.Single(result.Entities, e => e.Key == country).Type);
        }
    }

    [Fact]
    public void Turkey_and_Turkiye_are_one_entity()
    {
        var result = Recognize("Turkey signed the deal in March. Officials in Türkiye welcomed it.");

        var places = result.Mentions.Where(m => m.Type == EntityType.Place).ToList();
        Assert.Equal(["Turkey", "Türkiye"], places.Select(m => m.Text));
        var key = Assert.Single(places.Select(m => m.EntityKey).Distinct());
        Assert.Equal("Türkiye", Assert.Single(result.Entities, e => e.Key == key).Name);
    }

    [Fact]
    public void A_degree_is_not_an_organization()
    {
        var result = Recognize("She holds an MBA from the London Business School and worked for Siemens.");

        Assert.DoesNotContain(result.Mentions, m => m.Text == "MBA");
        Assert.Equal(EntityType.Org, Mention(result, "Siemens").Type);
    }

    [Fact]
    public void Organizations_are_tagged_and_acronyms_resolve_to_their_expansion()
    {
        var result = Recognize("Diplomats of the European Union and NATO met at the World Bank. Later the EU and the International Monetary Fund spoke. Maria Kovalenko of Oxford University joined the Ministry of Health.");

        foreach (var name in new[] { "European Union", "NATO", "International Monetary Fund", "Oxford University", "Ministry of Health" })
        {
            Assert.True(Mention(result, name).Type == EntityType.Org, $"{name} is {Mention(result, name).Type}");
        }

        Assert.Equal("european-union", Mention(result, "EU").EntityKey);
        Assert.Equal(EntityType.Person, Mention(result, "Maria Kovalenko").Type);
    }

    [Fact]
    public void Other_names_are_split_into_events_products_and_the_rest()
    {
        var result = Recognize("After the Gulf War and the World Cup, fans in Paris bought the Galaxy S24 phone. The Da Vinci Code sold well in the Middle East and on the Caspian Sea.");

        Assert.Equal(EntityType.Event, Mention(result, "Gulf War").Type);
        Assert.Equal(EntityType.Event, Mention(result, "World Cup").Type);
        Assert.Equal(EntityType.Product, Mention(result, "Galaxy S24").Type);
        foreach (var place in new[] { "Paris", "Middle East", "Caspian Sea" })
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

        var result = Recognizer.Recognize(text, [new TextSpan(0, text.Length)], glossary, SentenceEncoder.Default);

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
        return Recognizer.Recognize(text, sentences, Glossary.Empty, SentenceEncoder.Default);
    }

    private static Mention Mention(EntityExtraction result, string text) =>
        result.Mentions.FirstOrDefault(m => m.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"no mention \"{text}\"; found: {string.Join(", ", result.Mentions.Select(m => $"{m.Text}:{m.Type}"))}");
}
