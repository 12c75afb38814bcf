namespace ArticleReader.Documents;

// The public JSON shape of a stored article, shared by the CLI's --json and the API.
// Documented in docs/document-format.md; change it only together with that file and its schema version.

public sealed record ArticleDocument(
    string Schema,
    string Slug,
    int Revision,
    string Sha256,
    int SourceLength,
    HeaderDocument Header,
    IReadOnlyList<SectionDocument> Sections,
    IReadOnlyList<BoilerplateDocument> Boilerplate,
    IReadOnlyList<EntityDocument> Entities,
    IReadOnlyList<MentionDocument> Mentions,
    IReadOnlyList<ClaimDocument> Claims,
    IReadOnlyList<FlagDocument> Flags,
    IReadOnlyList<RelationDocument> Relations)
{
    public const string SchemaVersion = "articlereader.document/1";
}

public sealed record SpanDocument(string Text, int Start, int End);

public sealed record HeaderDocument(
    SpanDocument? Title,
    SpanDocument? Dateline,
    DateTimeOffset? Published,
    SpanDocument? Byline,
    IReadOnlyList<AuthorDocument> Authors);

public sealed record AuthorDocument(string Name, int Start, int End, int BiographyStart, int BiographyEnd);

public sealed record SectionDocument(
    int Index,
    string Title,
    string TitleSource,
    string Kind,
    int Start,
    int End,
    IReadOnlyList<ParagraphDocument> Paragraphs);

public sealed record ParagraphDocument(int Index, int Start, int End, string Text, IReadOnlyList<SentenceDocument> Sentences);

public sealed record SentenceDocument(int Index, int Start, int End, string Text);

public sealed record BoilerplateDocument(string Kind, int Start, int End, string Text);

public sealed record EntityDocument(
    string Key,
    string Name,
    string Type,
    string? Description,
    string? Link,
    string? Wikidata,
    string? Note,
    int MentionCount);

public sealed record MentionDocument(string Entity, string Type, int Start, int End, string Text, string Evidence, string? Role, string? Value, string? Note);

public sealed record ClaimDocument(
    string Key,
    int Index,
    int Start,
    int End,
    string Text,
    string Kind,
    double CheckWorthiness,
    IReadOnlyList<SpanDocument> Hedges,
    AttributionDocument? Attribution,
    IReadOnlyList<string> Entities,
    IReadOnlyList<string> Dates);

public sealed record AttributionDocument(string Text, int Start, int End, string? Entity);

public sealed record FlagDocument(string Key, string Kind, int Start, int End, string Text, string Explanation, IReadOnlyList<string> Related);

public sealed record RelationDocument(string Subject, string Kind, string Label, string Object, string Claim, int Start, int End);
