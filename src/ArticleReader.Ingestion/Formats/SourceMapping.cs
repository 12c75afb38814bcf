using ArticleReader.Ingestion.Claims;

namespace ArticleReader.Ingestion.Formats;

/// <summary>Moves an article parsed from its reading text onto its verbatim source.</summary>
/// <remarks>
/// Units of text (paragraphs, sentences and the claims they make, sections, biographies, boilerplate) take the
/// whole of their source, the markup of inline elements they hold entirely included (<see cref="ReadingText.ToSourceWhole"/>);
/// phrases (the title, dateline and byline, author names, mentions, hedges, attributions, flags and the passages they
/// relate, the words stating a relation) take the source from their
/// first to their last character. Every text becomes the source it now spans, so <c>Source[span] == Text</c> holds in
/// every format. Claim keys stay those of the reading text, so they do not depend on markup.
/// </remarks>
internal static class SourceMapping
{
    public static ParsedArticle OntoSource(ParsedArticle article, string source, ReadingText reading)
    {
        SourceField? Field(SourceField? field) => field is null ? null : Phrase(field.Span, (text, span) => new SourceField(text, span));

        T Phrase<T>(TextSpan span, Func<string, TextSpan, T> make)
        {
            var mapped = reading.ToSource(span);
            return make(mapped.Slice(source), mapped);
        }

        T Whole<T>(TextSpan span, Func<string, TextSpan, T> make)
        {
            var mapped = reading.ToSourceWhole(span);
            return make(mapped.Slice(source), mapped);
        }

        var header = article.Header with
        {
            Title = Field(article.Header.Title),
            Dateline = Field(article.Header.Dateline),
            Byline = Field(article.Header.Byline),
            Authors = [.. article.Header.Authors.Select(a => Phrase(a.NameSpan, (name, span) => new AuthorCredit(name, span, reading.ToSourceWhole(a.Biography))))],
        };
        var sections = article.Sections.Select(s => s with
        {
            Span = reading.ToSourceWhole(s.Span),
            Paragraphs = [.. s.Paragraphs.Select(p => Whole(p.Span, (text, span) => new ParsedParagraph(span, text, [.. p.Sentences.Select(x => Whole(x.Span, (t, sp) => new ParsedSentence(sp, t)))])))],
        });
        var boilerplate = article.Boilerplate.Select(b => Whole(b.Span, (text, span) => b with { Span = span, Text = text }));
        var mentions = article.Entities.Mentions.Select(m => Phrase(m.Span, (text, span) => m with { Span = span, Text = text }));
        var claims = article.Claims.Select(c => Whole(c.Span, (text, span) => c with
        {
            Span = span,
            Text = text,
            Hedges = [.. c.Hedges.Select(h => Phrase(h.Span, (t, sp) => new Hedge(t, sp)))],
            Attribution = c.Attribution is { } a ? Phrase(a.Span, (t, sp) => a with { Text = t, Span = sp }) : null,
        }));

        var flags = article.Flags.Select(f => Phrase(f.Span, (text, span) => f with
        {
            Span = span,
            Text = text,
            Related = [.. f.Related.Select(reading.ToSource)],
        }));
        var relations = article.Relations.Select(r => r with { Evidence = reading.ToSource(r.Evidence) });

        return article with
        {
            Source = source,
            Flags = [.. flags],
            Relations = [.. relations],
            Header = header,
            Sections = [.. sections],
            Boilerplate = [.. boilerplate],
            Entities = article.Entities with { Mentions = [.. mentions] },
            Claims = [.. claims],
            Reading = reading,
        };
    }
}
