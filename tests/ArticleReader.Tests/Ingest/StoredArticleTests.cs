using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Ingest;

public class StoredArticleTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string SeedSlug = "military-cooperation-between-israel-and-azerbaijan";

    [ProviderFact]
    public async Task Start_up_stores_the_seed_with_its_header()
    {
        var article = await LoadSeedAsync();

        Assert.Equal(1, article.Revision);
        Assert.Equal(File.ReadAllText(RepositoryPaths.SeedArticle), article.SourceText);
        Assert.Equal("Military cooperation between Israel and Azerbaijan: challenging implications of the changing regional context", article.Title);
        Assert.Equal(new DateTimeOffset(2017, 2, 2, 10, 14, 0, TimeSpan.FromHours(4)), article.Published);
        Assert.Equal(TimeSpan.FromHours(4), article.Published!.Value.Offset);
        Assert.Equal("Trend", article.Byline);
        Assert.Equal(["Heydar Mirza", "Orkhan Sattarov"], article.Authors.OrderBy(a => a.Position).Select(a => a.Name));
        Assert.Equal("About the authors", article.Sections.OrderBy(s => s.Position).Last().Title);
    }

    [ProviderFact]
    public async Task Every_stored_span_slices_the_source_to_its_text()
    {
        var article = await LoadSeedAsync();
        var source = article.SourceText;
        var spans = 0;

        void Check(string? text, int? start, int? end, string what)
        {
            Assert.NotNull(text);
            Assert.True(start is { } s && end is { } e && 0 <= s && s <= e && e <= source.Length, $"{what}: [{start}, {end}) is outside the source");
            Assert.Equal(text, source[start!.Value..end!.Value]);
            spans++;
        }

        Check(article.Title, article.TitleStart, article.TitleEnd, "title");
        Check(article.Dateline, article.DatelineStart, article.DatelineEnd, "dateline");
        Check(article.Byline, article.BylineStart, article.BylineEnd, "byline");
        foreach (var author in article.Authors)
        {
            Check(author.Name, author.NameStart, author.NameEnd, "author");
            Assert.StartsWith(author.Name, source[author.BiographyStart..author.BiographyEnd].Replace("Dr.des. ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        foreach (var block in article.Boilerplate)
        {
            Check(block.Text, block.Start, block.End, "boilerplate");
        }

        foreach (var section in article.Sections)
        {
            Assert.True(section.Start == section.Paragraphs.Min(p => p.Start) || section.Kind == Ingestion.SectionKind.AboutTheAuthors);
            Assert.Equal(section.End, section.Paragraphs.Max(p => p.End));
            foreach (var paragraph in section.Paragraphs)
            {
                Check(paragraph.Text, paragraph.Start, paragraph.End, $"paragraph {paragraph.Position}");
                foreach (var sentence in paragraph.Sentences)
                {
                    Check(sentence.Text, sentence.Start, sentence.End, $"sentence {sentence.Position}");
                    Assert.True(paragraph.Start <= sentence.Start && sentence.End <= paragraph.End);
                }
            }
        }

        Assert.True(spans > 100, $"only {spans} spans checked");
    }

    [ProviderFact]
    public async Task Every_stored_mention_and_claim_slices_the_source_to_its_text()
    {
        var article = await LoadSeedAsync();
        var source = article.SourceText;
        var entities = await factory.WithDbAsync(db => db.Entities.Where(e => e.ArticleId == article.Id).Include(e => e.Mentions).ToListAsync());
        var claims = await factory.WithDbAsync(db => db.Claims.Where(c => c.ArticleId == article.Id).Include(c => c.Hedges).Include(c => c.Sentence).ToListAsync());

        var mentions = entities.SelectMany(e => e.Mentions).ToList();
        Assert.True(mentions.Count > 200, $"only {mentions.Count} mentions");
        Assert.All(mentions, m => Assert.Equal(m.Text, source[m.Start..m.End]));
        Assert.True(claims.Count > 30, $"only {claims.Count} claims");
        Assert.All(claims, c =>
        {
            Assert.Equal(c.Text, source[c.Start..c.End]);
            Assert.Equal((c.Sentence.Start, c.Sentence.End), (c.Start, c.End));
            Assert.All(c.Hedges, h => Assert.Equal(h.Text, source[h.Start..h.End]));
            if (c.AttributionText is not null && c.AttributionStart is { } start && c.AttributionEnd is { } end)
            {
                Assert.Contains(source[start..end], c.AttributionText, StringComparison.Ordinal);
            }
        });
        var keys = entities.Select(e => e.Key).ToHashSet();
        Assert.All(claims.SelectMany(c => c.EntityKeys), k => Assert.Contains(k, keys));
    }

    [ProviderFact]
    public async Task Boilerplate_is_kept_out_of_the_body()
    {
        var article = await LoadSeedAsync();

        Assert.Equal(Ingestion.BoilerplateKind.SocialFollow, Assert.Single(article.Boilerplate).Kind);
        Assert.DoesNotContain(article.Sections.SelectMany(s => s.Paragraphs), p => p.Text.Contains("Follow us", StringComparison.Ordinal));
        Assert.Equal(17, article.Sections.Where(s => s.Kind == Ingestion.SectionKind.Body).Sum(s => s.Paragraphs.Count));
    }

    [ProviderFact]
    public async Task The_migrations_match_the_model() =>
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));

    private Task<Article> LoadSeedAsync() => factory.WithDbAsync(db => db.Articles
        .Include(a => a.Authors)
        .Include(a => a.Boilerplate)
        .Include(a => a.Sections).ThenInclude(s => s.Paragraphs).ThenInclude(p => p.Sentences)
        .SingleAsync(a => a.Slug == SeedSlug));
}
