using System.Security.Cryptography;
using System.Text;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Consistency;
using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Ingestion.PlainText;
using ArticleReader.Ingestion.Relations;
using ArticleReader.Ingestion.Sections;
using ArticleReader.Ingestion.Sentences;

namespace ArticleReader.Ingestion;

/// <summary>Composes the ingestion stages: source text in, a structured article with exact offsets out.</summary>
public sealed class IngestionPipeline(
    SentenceSplitter sentenceSplitter,
    SectionSegmenter sectionSegmenter,
    SectionTitler sectionTitler,
    EntityRecognizer entityRecognizer,
    ClaimDetector claimDetector,
    ConsistencyChecker consistencyChecker,
    RelationExtractor relationExtractor,
    EditorialLibrary? editorialLibrary = null)
{
    public const string AboutTheAuthorsTitle = "About the authors";

    /// <summary>A pipeline with every stage and no editorial layer.</summary>
    public IngestionPipeline()
        : this(new SentenceSplitter(), new SectionSegmenter(), new SectionTitler(), new EntityRecognizer(), new ClaimDetector(), new ConsistencyChecker(), new RelationExtractor())
    {
    }

    /// <summary>A pipeline with every stage, reading the editorial layer from <paramref name="editorialLibrary"/>.</summary>
    public IngestionPipeline(EditorialLibrary editorialLibrary)
        : this(new SentenceSplitter(), new SectionSegmenter(), new SectionTitler(), new EntityRecognizer(), new ClaimDetector(), new ConsistencyChecker(), new RelationExtractor(), editorialLibrary)
    {
    }

    /// <summary>The whole article: structure, then entities and claims.</summary>
    /// <param name="source">The verbatim text (see <see cref="SourceDecoder"/>).</param>
    /// <param name="fallbackSlug">The slug to use when the caller names none and the article has no title.</param>
    /// <param name="slug">A slug chosen by the caller, overriding the one made from the title.</param>
    public ParsedArticle Parse(string source, string fallbackSlug, string? slug = null)
    {
        var (article, editorial) = ReadStructure(source, fallbackSlug, slug);
        return Extract(article, editorial.Glossary);
    }

    /// <summary>Header, sections, paragraphs and sentences only, without entities or claims.</summary>
    public ParsedArticle ParseStructure(string source, string fallbackSlug, string? slug = null) =>
        ReadStructure(source, fallbackSlug, slug).Article;

    /// <summary>Finds the entities, claims, relations between actors and consistency flags of an article whose structure is known.</summary>
    public ParsedArticle Extract(ParsedArticle article, Glossary glossary)
    {
        var sentences = article.Sections
            .SelectMany(s => s.Paragraphs.SelectMany(p => p.Sentences).Select(x => (x.Span, Biography: s.Kind == SectionKind.AboutTheAuthors)))
            .ToList();
        var entities = entityRecognizer.Recognize(article.Source, [.. sentences.Select(s => s.Span)], glossary, article.Header.Published);
        var claims = claimDetector.Detect(article.Source, sentences, entities);
        var extracted = article with { Entities = entities, Claims = claims, Relations = relationExtractor.Extract(article.Source, claims, entities) };
        return extracted with { Flags = consistencyChecker.Check(extracted, glossary) };
    }

    private (ParsedArticle Article, EditorialContent Editorial) ReadStructure(string source, string fallbackSlug, string? slug)
    {
        var blocks = TextBlock.Read(source);
        var (header, headerBlocks) = HeaderReader.Read(source, blocks);
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

        var body = new List<ParsedParagraph>();
        for (var i = headerBlocks; i < closing.BodyEnd; i++)
        {
            body.Add(Paragraph(source, blocks[i]));
        }

        var sections = new List<ParsedSection>();
        var editorial = editorialLibrary?.Load(slug) ?? EditorialContent.None;
        sections.AddRange(editorial.Sections.Count > 0 ? EditorialSections(body, editorial, slug) : AutomaticSections(body));

        if (closing.Biographies.Count > 0)
        {
            var paragraphs = closing.Biographies.Select(b => Paragraph(source, b)).ToList();
            var (titleText, titleSource) = closing.AboutHeading is { } heading
                ? (heading.Text.TrimEnd(':').Trim(), TitleSource.Source)
                : (AboutTheAuthorsTitle, TitleSource.Automatic);
            var start = closing.AboutHeading?.Span.Start ?? paragraphs[0].Span.Start;
            sections.Add(new ParsedSection(titleText, titleSource, SectionKind.AboutTheAuthors, new TextSpan(start, paragraphs[^1].Span.End), paragraphs));
        }

        return (new ParsedArticle(source, Sha256(source), slug, header, sections, closing.Boilerplate, EntityExtraction.Empty, [], [], []), editorial);
    }

    public static string Sha256(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));

    private ParsedParagraph Paragraph(string source, TextBlock block)
    {
        var sentences = sentenceSplitter.Split(source, block.Span)
            .Select(span => new ParsedSentence(span, span.Slice(source)))
            .ToList();
        return new ParsedParagraph(block.Span, block.Text, sentences);
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
