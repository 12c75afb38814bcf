using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Consistency;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Ingestion.Formats;
using ArticleReader.Ingestion.Relations;

namespace ArticleReader.Ingestion;

/// <summary>
/// An article as the pipeline understands it; every span points into <see cref="Source"/>, the file as written,
/// and every <c>Text</c> beside a span is <c>Source[span]</c>: for Markdown and HTML, markup included.
/// </summary>
public sealed record ParsedArticle(
    string Source,
    string Sha256,
    string Slug,
    ArticleHeader Header,
    IReadOnlyList<ParsedSection> Sections,
    IReadOnlyList<Boilerplate> Boilerplate,
    EntityExtraction Entities,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<ConsistencyFlag> Flags,
    IReadOnlyList<Relation> Relations)
{
    private ReadingText? _reading;

    /// <summary>
    /// The prose of the source without its markup, mapped onto the source; for plain text, the source itself.
    /// <c>Reading.PlainText(span)</c> gives the words of any span of the article as a reader sees them.
    /// </summary>
    public ReadingText Reading
    {
        get => _reading ??= ReadingText.Verbatim(Source);
        init => _reading = value;
    }

    public IEnumerable<ParsedParagraph> Paragraphs => Sections.SelectMany(s => s.Paragraphs);

    public IEnumerable<ParsedSentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);
}

/// <summary>A piece of text that exists in the source with its exact position.</summary>
public sealed record SourceField(string Text, TextSpan Span);

public sealed record ArticleHeader(
    SourceField? Title,
    SourceField? Dateline,
    DateTimeOffset? Published,
    SourceField? Byline,
    IReadOnlyList<AuthorCredit> Authors)
{
    public static ArticleHeader Empty { get; } = new(null, null, null, null, []);
}

/// <summary>An author named by a biography paragraph at the end of the article.</summary>
public sealed record AuthorCredit(string Name, TextSpan NameSpan, TextSpan Biography);

public enum SectionKind
{
    Body,
    AboutTheAuthors,
}

public enum TitleSource
{
    /// <summary>Chosen by the section titler from the section's salient terms.</summary>
    Automatic,

    /// <summary>Written by an editor in the article's <c>content/</c> folder.</summary>
    Editorial,

    /// <summary>Given by the article itself (a Markdown or HTML heading).</summary>
    Source,
}

public sealed record ParsedSection(
    string Title,
    TitleSource TitleSource,
    SectionKind Kind,
    TextSpan Span,
    IReadOnlyList<ParsedParagraph> Paragraphs);

public sealed record ParsedParagraph(TextSpan Span, string Text, IReadOnlyList<ParsedSentence> Sentences);

public sealed record ParsedSentence(TextSpan Span, string Text);

public enum BoilerplateKind
{
    SocialFollow,
    Subscription,
    Copyright,
    ReadMore,
}

/// <summary>Publisher text around the article that is not part of it (kept out of the body).</summary>
public sealed record Boilerplate(BoilerplateKind Kind, TextSpan Span, string Text);
