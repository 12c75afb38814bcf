using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleReader.Data;

namespace ArticleReader.Documents;

public static class DocumentMapper
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        // One line a document: the API and `ingest --json` (JSON Lines, one document per file) write the same bytes.
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };


    /// <summary>The document of a revision whose entities carry their mentions (stored, or built in a dry run).</summary>
    public static ArticleDocument ToDocument(Article article) => new(
        ArticleDocument.SchemaVersion,
        article.Slug,
        article.Revision,
        article.Sha256,
        article.SourceText.Length,
        new HeaderDocument(
            Span(article.Title, article.TitleStart, article.TitleEnd),
            Span(article.Dateline, article.DatelineStart, article.DatelineEnd),
            article.Published,
            Span(article.Byline, article.BylineStart, article.BylineEnd),
            [.. article.Authors.OrderBy(a => a.Position).Select(a => new AuthorDocument(a.Name, a.NameStart, a.NameEnd, a.BiographyStart, a.BiographyEnd))]),
        [.. article.Sections.OrderBy(s => s.Position).Select(s => new SectionDocument(
            s.Position,
            s.Title,
            Kebab(s.TitleSource.ToString()),
            Kebab(s.Kind.ToString()),
            s.Start,
            s.End,
            [.. s.Paragraphs.OrderBy(p => p.Position).Select(p => new ParagraphDocument(
                p.Position,
                p.Start,
                p.End,
                p.Text,
                [.. p.Sentences.OrderBy(x => x.Position).Select(x => new SentenceDocument(x.Position, x.Start, x.End, x.Text))]))]))],
        [.. article.Boilerplate.OrderBy(b => b.Start).Select(b => new BoilerplateDocument(Kebab(b.Kind.ToString()), b.Start, b.End, b.Text))],
        [.. article.Entities.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new EntityDocument(
            e.Key, e.Name, TypeName(e.Type), e.Description, e.Link, e.Wikidata, e.Note, e.Mentions.Count))],
        [.. article.Entities
            .SelectMany(e => e.Mentions.Select(m => (Mention: m, Entity: e.Key)))
            .OrderBy(x => x.Mention.Start)
            .Select(x => new MentionDocument(
                x.Entity, TypeName(x.Mention.Type), x.Mention.Start, x.Mention.End, x.Mention.Text, Kebab(x.Mention.Evidence.ToString()), x.Mention.Role, x.Mention.Value, x.Mention.Note))],
        [.. article.Claims.OrderBy(c => c.Position).Select(c => new ClaimDocument(
            c.Key,
            c.Position,
            c.Start,
            c.End,
            c.Text,
            Kebab(c.Kind.ToString()),
            c.CheckWorthiness,
            [.. c.Hedges.OrderBy(h => h.Start).Select(h => new SpanDocument(h.Text, h.Start, h.End))],
            c.AttributionText is { } who ? new AttributionDocument(who, c.AttributionStart ?? 0, c.AttributionEnd ?? 0, c.AttributionEntityKey) : null,
            c.EntityKeys,
            c.Dates))],
        [.. article.Flags.OrderBy(f => f.Start).Select(f => new FlagDocument(f.Key, Kebab(f.Kind.ToString()), f.Start, f.End, f.Text, f.Explanation, f.Related))],
        [.. article.Relations.OrderBy(r => r.EvidenceStart).ThenBy(r => r.SubjectKey, StringComparer.Ordinal).ThenBy(r => r.ObjectKey, StringComparer.Ordinal)
            .Select(r => new RelationDocument(r.SubjectKey, Kebab(r.Kind.Name), r.Kind.Label, r.ObjectKey, r.ClaimKey, r.EvidenceStart, r.EvidenceEnd))]);

    /// <summary>The document on one line, for JSON Lines (one document per ingested file).</summary>
    public static string ToJsonLine(ArticleDocument document) => JsonSerializer.Serialize(document, JsonOptions);

    private static SpanDocument? Span(string? text, int? start, int? end) =>
        text is not null && start is { } s && end is { } e ? new SpanDocument(text, s, e) : null;

    /// <summary>Entity types are written as the annotation world writes them: PERSON, ORG, PLACE…</summary>
    private static string TypeName(Ingestion.Entities.EntityType type) => type.ToString().ToUpperInvariant();

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
