using ArticleReader.Data;
using ArticleReader.Ingestion;

namespace ArticleReader.Ingest;

/// <summary>Turns a parsed article into the rows stored for one revision.</summary>
public static class ArticleRecords
{
    public static Article FromParsed(ParsedArticle parsed, int revision, string? sourceName, DateTimeOffset ingestedAt)
    {
        var article = WithHeader(parsed, revision, sourceName, ingestedAt);
        AddSections(article, parsed);
        AddEntities(article, parsed);
        AddClaims(article, parsed);
        AddFlagsAndRelations(article, parsed);
        return article;
    }

    private static Article WithHeader(ParsedArticle parsed, int revision, string? sourceName, DateTimeOffset ingestedAt)
    {
        var header = parsed.Header;
        return new Article
        {
            Slug = parsed.Slug,
            Revision = revision,
            SourceText = parsed.Source,
            Sha256 = parsed.Sha256,
            SourceName = sourceName,
            IngestedAt = ingestedAt,
            Title = header.Title?.Text,
            TitleStart = header.Title?.Span.Start,
            TitleEnd = header.Title?.Span.End,
            Published = header.Published,
            Dateline = header.Dateline?.Text,
            DatelineStart = header.Dateline?.Span.Start,
            DatelineEnd = header.Dateline?.Span.End,
            Byline = header.Byline?.Text,
            BylineStart = header.Byline?.Span.Start,
            BylineEnd = header.Byline?.Span.End,
            Authors = [.. header.Authors.Select((a, i) => new ArticleAuthor
            {
                Position = i,
                Name = a.Name,
                NameStart = a.NameSpan.Start,
                NameEnd = a.NameSpan.End,
                BiographyStart = a.Biography.Start,
                BiographyEnd = a.Biography.End,
            })],
            Boilerplate = [.. parsed.Boilerplate.Select(b => new BoilerplateBlock
            {
                Kind = b.Kind,
                Start = b.Span.Start,
                End = b.Span.End,
                Text = b.Text,
            })],
        };
    }

    /// <summary>Sections, their paragraphs and sentences, numbered through the article.</summary>
    private static void AddSections(Article article, ParsedArticle parsed)
    {
        var paragraphPosition = 0;
        var sentencePosition = 0;
        foreach (var (section, sectionIndex) in parsed.Sections.Select((s, i) => (s, i)))
        {
            var sectionRow = new Section
            {
                Position = sectionIndex,
                Title = section.Title,
                TitleSource = section.TitleSource,
                Kind = section.Kind,
                Start = section.Span.Start,
                End = section.Span.End,
            };
            foreach (var paragraph in section.Paragraphs)
            {
                sectionRow.Paragraphs.Add(new Paragraph
                {
                    Position = paragraphPosition++,
                    Start = paragraph.Span.Start,
                    End = paragraph.Span.End,
                    Text = paragraph.Text,
                    Sentences = [.. paragraph.Sentences.Select(s => new Sentence
                    {
                        Position = sentencePosition++,
                        Start = s.Span.Start,
                        End = s.Span.End,
                        Text = s.Text,
                    })],
                });
            }

            article.Sections.Add(sectionRow);
        }
    }

    private static void AddFlagsAndRelations(Article article, ParsedArticle parsed)
    {
        article.Flags.AddRange(parsed.Flags.Select(f => new FlagRecord
        {
            Key = f.Key,
            Kind = f.Kind,
            Start = f.Span.Start,
            End = f.Span.End,
            Text = f.Text,
            Explanation = f.Explanation,
            Related = [.. f.Related.Select(r => $"{r.Start},{r.End}")],
        }));
        article.Relations.AddRange(parsed.Relations.Select(r => new RelationRecord
        {
            SubjectKey = r.SubjectKey,
            Kind = r.Kind,
            ObjectKey = r.ObjectKey,
            ClaimKey = r.ClaimKey,
            EvidenceStart = r.Evidence.Start,
            EvidenceEnd = r.Evidence.End,
        }));
    }

    private static void AddEntities(Article article, ParsedArticle parsed)
    {
        var entities = parsed.Entities.Entities.ToDictionary(e => e.Key, e => new EntityRecord
        {
            Key = e.Key,
            Name = e.Name,
            Type = e.Type,
            Description = e.Description,
            Link = e.Link,
            Wikidata = e.Wikidata,
            Note = e.Note,
        });
        article.Entities.AddRange(entities.Values);
        foreach (var mention in parsed.Entities.Mentions)
        {
            var row = new MentionRecord
            {
                Start = mention.Span.Start,
                End = mention.Span.End,
                Text = mention.Text,
                Type = mention.Type,
                Evidence = mention.Evidence,
                Role = mention.Role,
                Value = mention.Value,
                Note = mention.Note,
            };
            entities[mention.EntityKey].Mentions.Add(row);
            article.Mentions.Add(row);
        }
    }

    private static void AddClaims(Article article, ParsedArticle parsed)
    {
        var sentences = article.Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).ToDictionary(s => (s.Start, s.End));
        foreach (var (claim, position) in parsed.Claims.Select((c, i) => (c, i)))
        {
            article.Claims.Add(new ClaimRecord
            {
                Key = claim.Key,
                Position = position,
                Sentence = sentences[(claim.Span.Start, claim.Span.End)],
                Start = claim.Span.Start,
                End = claim.Span.End,
                Text = claim.Text,
                Kind = claim.Kind,
                CheckWorthiness = claim.CheckWorthiness,
                AttributionText = claim.Attribution?.Text,
                AttributionStart = claim.Attribution?.Span.Start,
                AttributionEnd = claim.Attribution?.Span.End,
                AttributionEntityKey = claim.Attribution?.EntityKey,
                EntityKeys = [.. claim.EntityKeys],
                Dates = [.. claim.Dates],
                Hedges = [.. claim.Hedges.Select(h => new ClaimHedge { Start = h.Span.Start, End = h.Span.End, Text = h.Text })],
            });
        }
    }
}
