using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Embeddings;
using ArticleReader.Ingestion.Entities.Tagging;
using ArticleReader.Ingestion.Entities.Quantities;
using ArticleReader.Ingestion.Entities.Temporal;

namespace ArticleReader.Ingestion.Entities;

public sealed record EntityExtraction(IReadOnlyList<Entity> Entities, IReadOnlyList<Mention> Mentions)
{
    public static EntityExtraction Empty { get; } = new([], []);
}

/// <summary>Finds the named entities of an article and ties every mention to one canonical entity.</summary>
public sealed class EntityRecognizer(Gazetteer.Gazetteer gazetteer, NamedEntityTagger tagger, TimeExpressionRecognizer dates, QuantityRecognizer quantities)
{
    /// <exception cref="Models.ModelFileException">The tagger's model file is missing or corrupt.</exception>
    public EntityRecognizer()
        : this(Gazetteer.Gazetteer.Default, NamedEntityTagger.Default, new TimeExpressionRecognizer(), new QuantityRecognizer())
    {
    }

    /// <param name="sentences">The sentences to read, in order; names are only looked for inside them.</param>
    /// <param name="tokens">Each sentence's tokens (<see cref="EncoderInput.Tokens"/>).</param>
    /// <param name="encodings">The encoder's vectors of those tokens, sentence by sentence.</param>
    /// <param name="glossary">The article's editorial glossary, or <see cref="Glossary.Empty"/> to recognize without it.</param>
    /// <param name="published">The dateline, against which relative dates (<c>this year</c>) are resolved.</param>
    public EntityExtraction Recognize(
        string source,
        IReadOnlyList<TextSpan> sentences,
        IReadOnlyList<IReadOnlyList<TextSpan>> tokens,
        IReadOnlyList<EncodedSentence> encodings,
        Glossary glossary,
        DateTimeOffset? published = null)
    {
        var tagged = tagger.Tag([.. tokens.Select(t => EncoderInput.Words(source, t))], encodings);
        var finder = new NameFinder(gazetteer, glossary.Entries.Count == 0 ? GlossaryIndex.Empty : new GlossaryIndex(glossary));
        var candidates = sentences.SelectMany((s, i) => finder.Find(source, s, tokens[i], tagged[i])).ToList();
        var (entities, mentions) = new EntityResolver(gazetteer, glossary).Resolve(candidates);

        // Names win where a date or number is part of one ("the 1994 ceasefire", "Windows 95").
        var named = mentions.Select(m => m.Span).OrderBy(s => s.Start).ToList();
        var expressions = dates.Recognize(source, sentences, published).Select(d => ExpressionMentions.FromDate(d, source))
            .Concat(sentences.SelectMany(s => quantities.Recognize(source, s)).Select(ExpressionMentions.FromQuantity))
            .Where(e => !OverlapsAny(named, e.Mention.Span))
            .ToList();

        var allEntities = entities.Concat(expressions.Select(e => e.Entity)).DistinctBy(e => e.Key).ToList();
        var allMentions = mentions.Concat(expressions.Select(e => e.Mention)).OrderBy(m => m.Span.Start).ToList();
        return new EntityExtraction(allEntities, allMentions);
    }

    /// <summary>Tokenizes and encodes the sentences itself: for callers outside the pipeline (tests, tools).</summary>
    public EntityExtraction Recognize(string source, IReadOnlyList<TextSpan> sentences, Glossary glossary, SentenceEncoder encoder, DateTimeOffset? published = null)
    {
        var tokens = sentences.Select(s => (IReadOnlyList<TextSpan>)EncoderInput.Tokens(source, s)).ToList();
        var encodings = encoder.Encode([.. tokens.Select(t => EncoderInput.Words(source, t))]);
        return Recognize(source, sentences, tokens, encodings, glossary, published);
    }

    private static bool OverlapsAny(List<TextSpan> sorted, TextSpan span)
    {
        var index = sorted.BinarySearch(span, Comparer<TextSpan>.Create((a, b) => a.Start.CompareTo(b.Start)));
        var from = index < 0 ? ~index : index;
        for (var i = Math.Max(0, from - 1); i < sorted.Count && sorted[i].Start < span.End; i++)
        {
            if (sorted[i].Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }
}
