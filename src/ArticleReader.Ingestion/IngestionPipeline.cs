using System.Security.Cryptography;
using System.Text;
using ArticleReader.Ingestion.Blocks;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Consistency;
using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Embeddings;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Ingestion.Formats;
using ArticleReader.Ingestion.Relations;
using ArticleReader.Ingestion.Sections;
using ArticleReader.Ingestion.Sentences;

namespace ArticleReader.Ingestion;

/// <summary>Composes the ingestion stages: source text in, a structured article with exact offsets out.</summary>
/// <remarks>
/// The stages read the article's <see cref="ReadingText"/>: the source itself for plain text, the prose without
/// its markup for Markdown and HTML. The spans they find are then mapped back onto the source.
/// </remarks>
public sealed class IngestionPipeline(
    SentenceSplitter sentenceSplitter,
    SectionSegmenter sectionSegmenter,
    SectionTitler sectionTitler,
    EntityRecognizer entityRecognizer,
    ClaimDetector claimDetector,
    ConsistencyChecker consistencyChecker,
    RelationExtractor relationExtractor,
    SentenceEncoder sentenceEncoder,
    EditorialLibrary? editorialLibrary = null,
    IngestionLimits? limits = null)
{
    private readonly IngestionLimits _limits = limits ?? IngestionLimits.Default;

    public const string AboutTheAuthorsTitle = "About the authors";

    /// <summary>A pipeline with every stage and no editorial layer.</summary>
    public IngestionPipeline()
        : this(new SentenceSplitter(), new SectionSegmenter(), new SectionTitler(), new EntityRecognizer(), new ClaimDetector(), new ConsistencyChecker(), new RelationExtractor(), SentenceEncoder.Default)
    {
    }

    /// <summary>A pipeline with every stage, reading the editorial layer from <paramref name="editorialLibrary"/>.</summary>
    public IngestionPipeline(EditorialLibrary editorialLibrary)
        : this(new SentenceSplitter(), new SectionSegmenter(), new SectionTitler(), new EntityRecognizer(), new ClaimDetector(), new ConsistencyChecker(), new RelationExtractor(), SentenceEncoder.Default, editorialLibrary)
    {
    }

    /// <summary>The whole article: structure, then entities and claims.</summary>
    /// <param name="source">The verbatim text (see <see cref="SourceDecoder"/>).</param>
    /// <param name="fallbackSlug">The slug to use when the caller names none and the article has no title.</param>
    /// <param name="slug">A slug chosen by the caller, overriding the one made from the title.</param>
    /// <param name="format">How the source is written (see <see cref="ArticleFormats.FromExtension"/>).</param>
    /// <param name="progress">Told each phase and the share done (reading 0–10 %, encoding 20–80 %, extraction to 95 %).</param>
    public ParsedArticle Parse(string source, string fallbackSlug, string? slug = null, ArticleFormat format = ArticleFormat.PlainText, IProgress<IngestProgress>? progress = null)
    {
        progress?.Report(new IngestProgress("reading", 0));
        var layout = ArticleFormats.LayoutReader(format).Read(source);
        progress?.Report(new IngestProgress("structure", 10));
        var (structure, editorial) = ReadStructure(layout, source, fallbackSlug, slug);
        return OntoSource(Extract(structure, editorial.Glossary, progress), source, layout);
    }

    /// <summary>Header, sections, paragraphs and sentences only, without entities, claims, relations or flags.</summary>
    public ParsedArticle ParseStructure(string source, string fallbackSlug, string? slug = null, ArticleFormat format = ArticleFormat.PlainText)
    {
        var layout = ArticleFormats.LayoutReader(format).Read(source);
        return OntoSource(ReadStructure(layout, source, fallbackSlug, slug).Article, source, layout);
    }

    /// <summary>
    /// Reads just enough to refuse a source that cannot become an article and to name it, before the whole pipeline runs.
    /// </summary>
    /// <returns>The article's title, or null when it has none.</returns>
    /// <exception cref="IngestionException">The source holds no paragraph of article text.</exception>
    public static string? ReadTitle(string source, ArticleFormat format)
    {
        var layout = ArticleFormats.LayoutReader(format).Read(source);
        return HeaderReader.Read(layout.Text.Text, layout.Blocks).Header.Title?.Text;
    }

    /// <summary>Markdown and HTML are read as the words a reader sees; their spans then move onto the source as written.</summary>
    private static ParsedArticle OntoSource(ParsedArticle article, string source, ArticleLayout layout) =>
        layout.Text.IsVerbatim ? article : SourceMapping.OntoSource(article, source, layout.Text);

    /// <summary>Finds the entities, claims, relations between actors and consistency flags of an article's reading text.</summary>
    private ParsedArticle Extract(ParsedArticle article, Glossary glossary, IProgress<IngestProgress>? progress = null)
    {
        var sentences = article.Sections
            .SelectMany(s => s.Paragraphs.SelectMany(p => p.Sentences).Select(x => (x.Span, Biography: s.Kind == SectionKind.AboutTheAuthors)))
            .ToList();
        // Every sentence is encoded once; the entity and claim models both read its vectors.
        var tokens = sentences.Select(s => EncoderInput.Tokens(article.Source, s.Span)).ToList();
        var encodings = Encode([.. tokens.Select(t => EncoderInput.Words(article.Source, t))], progress);
        progress?.Report(new IngestProgress("entities", 80));
        var entities = entityRecognizer.Recognize(article.Source, [.. sentences.Select(s => s.Span)], tokens, encodings, glossary, article.Header.Published);
        progress?.Report(new IngestProgress("claims", 90));
        var claims = claimDetector.Detect(article.Source, sentences, entities, encodings);
        var extracted = article with { Entities = entities, Claims = claims, Relations = relationExtractor.Extract(article.Source, claims, entities) };
        return extracted with { Flags = consistencyChecker.Check(extracted, glossary) };
    }

    /// <summary>Sentences this many at a time, so that progress can be told while the encoder, the slowest stage, runs.</summary>
    private const int EncodingBatch = 64;

    private List<EncodedSentence> Encode(List<IReadOnlyList<string>> sentences, IProgress<IngestProgress>? progress)
    {
        var encoded = new List<EncodedSentence>(sentences.Count);
        for (var i = 0; i < sentences.Count; i += EncodingBatch)
        {
            progress?.Report(new IngestProgress("encoding", 20 + (60 * i / Math.Max(1, sentences.Count))));
            encoded.AddRange(sentenceEncoder.Encode(sentences.GetRange(i, Math.Min(EncodingBatch, sentences.Count - i))));
        }

        return encoded;
    }

    /// <summary>The structure of the reading text (the source itself for plain text).</summary>
    private (ParsedArticle Article, EditorialContent Editorial) ReadStructure(ArticleLayout layout, string source, string fallbackSlug, string? slug)
    {
        var text = layout.Text.Text;
        var blocks = layout.Blocks;
        var (header, headerBlocks) = HeaderReader.Read(text, blocks);
        var closing = ClosingMatterReader.Read(blocks, headerBlocks);
        header = header with { Authors = closing.Authors };

        slug ??= header.Title is { } title ? SlugMaker.FromTitle(title.Text) : null;
        if (string.IsNullOrEmpty(slug))
        {
            slug = SlugMaker.FromTitle(fallbackSlug);
        }

        if (!SlugMaker.IsValid(slug))
        {
            throw new IngestionException($"'{slug}' is not a valid slug: use lower-case letters, digits and hyphens");
        }

        var bodyBlocks = blocks.Skip(headerBlocks).Take(closing.BodyEnd - headerBlocks).ToList();
        var sections = new List<ParsedSection>();
        var editorial = editorialLibrary?.Load(slug) ?? EditorialContent.None;
        if (editorial.Sections.Count == 0 && bodyBlocks.Any(b => b.IsHeading))
        {
            sections.AddRange(HeadingSections(text, bodyBlocks));
        }
        else
        {
            // The editor's sections override the article's own headings as they override the automatic ones.
            var body = bodyBlocks.Where(b => !b.IsHeading).Select(b => Paragraph(text, b)).ToList();
            sections.AddRange(editorial.Sections.Count > 0 ? EditorialSections(body, editorial, slug) : AutomaticSections(body));
        }

        if (closing.Biographies.Count > 0)
        {
            var paragraphs = closing.Biographies.Select(b => Paragraph(text, b)).ToList();
            var (titleText, titleSource) = closing.AboutHeading is { } heading
                ? (heading.Text.TrimEnd(':').Trim(), TitleSource.Source)
                : (AboutTheAuthorsTitle, TitleSource.Automatic);
            var start = closing.AboutHeading?.Span.Start ?? paragraphs[0].Span.Start;
            sections.Add(new ParsedSection(titleText, titleSource, SectionKind.AboutTheAuthors, new TextSpan(start, paragraphs[^1].Span.End), paragraphs));
        }

        CheckSize(sections);
        return (new ParsedArticle(text, Sha256(source), slug, header, sections, closing.Boilerplate, EntityExtraction.Empty, [], [], []), editorial);
    }

    /// <summary>Refuses an article past <see cref="IngestionLimits"/> before the costly stages run.</summary>
    private void CheckSize(List<ParsedSection> sections)
    {
        var paragraphs = sections.Sum(s => s.Paragraphs.Count);
        if (paragraphs > _limits.MaxParagraphs)
        {
            throw new IngestionException($"the article has {paragraphs:N0} paragraphs; articles may have at most {_limits.MaxParagraphs:N0}");
        }

        var sentences = sections.Sum(s => s.Paragraphs.Sum(p => p.Sentences.Count));
        if (sentences > _limits.MaxSentences)
        {
            throw new IngestionException($"the article has {sentences:N0} sentences; articles may have at most {_limits.MaxSentences:N0}");
        }
    }

    public static string Sha256(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));

    private ParsedParagraph Paragraph(string text, TextBlock block)
    {
        var sentences = sentenceSplitter.Split(text, block.Span)
            .Select(span => new ParsedSentence(span, span.Slice(text)))
            .ToList();
        return new ParsedParagraph(block.Span, block.Text, sentences);
    }

    /// <summary>
    /// A section for each heading of the shallowest level in the body, titled by it; deeper headings are read as
    /// paragraphs of their section, and a heading with no paragraph before the next one makes no section.
    /// </summary>
    private List<ParsedSection> HeadingSections(string text, IReadOnlyList<TextBlock> blocks)
    {
        var level = blocks.Where(b => b.IsHeading).Min(b => b.HeadingLevel);
        var sections = new List<ParsedSection>();
        TextBlock? heading = null;
        var paragraphs = new List<ParsedParagraph>();
        foreach (var block in blocks)
        {
            if (block.HeadingLevel == level)
            {
                Flush();
                heading = block;
            }
            else
            {
                paragraphs.Add(Paragraph(text, block));
            }
        }

        Flush();
        return sections;

        void Flush()
        {
            if (paragraphs.Count > 0)
            {
                // Paragraphs before the first heading open the article untitled, as before an editor's first section.
                var start = heading?.Span.Start ?? paragraphs[0].Span.Start;
                var title = heading?.Text.ReplaceLineEndings(" ") ?? string.Empty;
                sections.Add(new ParsedSection(title, TitleSource.Source, SectionKind.Body, new TextSpan(start, paragraphs[^1].Span.End), paragraphs));
                paragraphs = [];
            }
        }
    }

    private IEnumerable<ParsedSection> AutomaticSections(List<ParsedParagraph> body)
    {
        if (body.Count == 0)
        {
            return [];
        }

        var starts = sectionSegmenter.FindSectionStarts(body);
        var groups = Group(body, starts);
        var titles = sectionTitler.Title(groups);
        return groups.Select((g, i) => Section(titles[i], TitleSource.Automatic, g));
    }

    private static IEnumerable<ParsedSection> EditorialSections(List<ParsedParagraph> body, EditorialContent editorial, string slug)
    {
        var starts = new List<int>();
        foreach (var section in editorial.Sections)
        {
            var index = body.FindIndex(p => StartsWithWords(p.Text, section.Starts));
            if (index < 0)
            {
                throw new IngestionException($"content/{slug}/{EditorialLibrary.SectionsFile}: no paragraph starts with \"{section.Starts}\"");
            }

            if (starts.Count > 0 && index <= starts[^1])
            {
                throw new IngestionException($"content/{slug}/{EditorialLibrary.SectionsFile}: section \"{section.Title}\" is out of order");
            }

            starts.Add(index);
        }

        // Paragraphs before the editor's first section still belong to the article: they open it untitled.
        var titles = editorial.Sections.Select(s => s.Title).ToList();
        if (starts[0] != 0)
        {
            starts.Insert(0, 0);
            titles.Insert(0, string.Empty);
        }

        return Group(body, starts).Select((g, i) => Section(titles[i], TitleSource.Editorial, g));
    }

    private static List<IReadOnlyList<ParsedParagraph>> Group(List<ParsedParagraph> body, IReadOnlyList<int> starts)
    {
        var groups = new List<IReadOnlyList<ParsedParagraph>>();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : body.Count;
            groups.Add(body.GetRange(starts[i], end - starts[i]));
        }

        return groups;
    }

    private static ParsedSection Section(string title, TitleSource source, IReadOnlyList<ParsedParagraph> paragraphs) =>
        new(title, source, SectionKind.Body, new TextSpan(paragraphs[0].Span.Start, paragraphs[^1].Span.End), paragraphs);

    /// <summary>Compares the opening words loosely: case, spacing and quote or dash styles do not matter.</summary>
    internal static bool StartsWithWords(string text, string words) =>
        TextNormalizer.ForComparison(text).StartsWith(TextNormalizer.ForComparison(words), StringComparison.Ordinal);
}
