using System.Text;

namespace ArticleReader.Ingestion.Tests.PlainText;

/// <summary>The same article written with CRLF, a byte-order mark, or straight quotes and hyphens parses alike.</summary>
public sealed class SourceToleranceTests
{
    private static readonly byte[] SeedBytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "000_f4f73a9d6bd558de.txt"));

    private static readonly string Seed = SourceDecoder.Decode(SeedBytes);

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var withBom = SourceDecoder.Decode([.. Encoding.UTF8.Preamble, .. SeedBytes]);

        Assert.Equal(Seed, withBom);
    }

    [Fact]
    public void Crlf_line_endings_give_the_same_article_with_offsets_into_the_crlf_text()
    {
        var crlf = Seed.ReplaceLineEndings("\r\n");

        var article = Parse(crlf);

        Assert.Equal(ArticleOutlineGoldenTests.Outline(Parse(Seed)), ArticleOutlineGoldenTests.Outline(article));
        Assert.Equal(Parse(Seed).Sentences.Select(s => s.Text), article.Sentences.Select(s => s.Text));
        Assert.All(article.Sentences, s => Assert.Equal(s.Text, s.Span.Slice(crlf)));
    }

    [Fact]
    public void Straight_quotes_and_hyphens_give_the_same_structure()
    {
        var plain = new string([.. Seed.Select(c => c switch
        {
            '\u2019' or '\u2018' => '\'',
            '\u201C' or '\u201D' => '"',
            '\u2013' or '\u2014' => '-',
            _ => c,
        })]);

        var curly = Parse(Seed);
        var straight = Parse(plain);

        Assert.Equal(curly.Sentences.Select(s => s.Span), straight.Sentences.Select(s => s.Span));
        Assert.Equal(curly.Header.Authors, straight.Header.Authors);
        Assert.Equal(curly.Header.Published, straight.Header.Published);
    }

    private static ParsedArticle Parse(string source) => new IngestionPipeline().Parse(source, "seed");
}
