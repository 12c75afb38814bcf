using System.Text;
using ArticleReader.Ingestion.Blocks;
using ArticleReader.Ingestion.Sentences;

namespace ArticleReader.Ingestion.Tests.Sentences;

/// <summary>
/// Pins the sentence boundaries of the seed article against <c>Golden/Sentences/seed.expected.txt</c>: every
/// block of the seed (title, dateline and byline included), one sentence a line, blocks separated by a blank line.
/// </summary>
public sealed class SeedSentenceTests
{
    private static readonly string Source = SourceDecoder.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "000_f4f73a9d6bd558de.txt")));

    private static readonly string GoldenPath = Path.Combine(AppContext.BaseDirectory, "Golden", "Sentences", "seed.expected.txt");

    private static readonly IReadOnlyList<TextBlock> Paragraphs = TextBlock.Read(Source);

    private readonly SentenceSplitter _splitter = new();

    public static TheoryData<int> ParagraphIndexes() => new(Enumerable.Range(0, Paragraphs.Count));

    [Fact]
    public void SeedSentencesMatchTheGoldenFile()
    {
        var actual = new StringBuilder();
        foreach (var paragraph in Paragraphs)
        {
            if (actual.Length > 0)
            {
                actual.Append('\n');
            }

            foreach (var sentence in _splitter.Split(Source, paragraph.Span))
            {
                actual.Append(GoldenText.Escape(sentence.Slice(Source))).Append('\n');
            }
        }

        Assert.Equal(File.ReadAllText(GoldenPath).ReplaceLineEndings("\n"), actual.ToString());
    }

    [Theory]
    [MemberData(nameof(ParagraphIndexes))]
    public void SeedParagraphSplitsIntoWellFormedSentences(int index)
    {
        var paragraph = Paragraphs[index].Span;

        var sentences = _splitter.Split(Source, paragraph);

        SentenceAssert.WellFormed(Source, paragraph, sentences);
        Assert.Equal(GoldenParagraphs()[index], sentences.Select(s => s.Slice(Source)));
    }

    private static List<string[]> GoldenParagraphs()
    {
        var paragraphs = new List<string[]>();
        var current = new List<string>();
        foreach (var line in GoldenText.ReadLines(GoldenPath))
        {
            if (line.Length > 0)
            {
                current.Add(GoldenText.Unescape(line));
            }
            else if (current.Count > 0)
            {
                paragraphs.Add([.. current]);
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            paragraphs.Add([.. current]);
        }

        return paragraphs;
    }
}
