using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Entities.Quantities;
using ArticleReader.Ingestion.Entities.Temporal;

namespace ArticleReader.Ingestion.Entities;

public sealed record EntityExtraction(IReadOnlyList<Entity> Entities, IReadOnlyList<Mention> Mentions)
{
    public static EntityExtraction Empty { get; } = new([], []);
}

/// <summary>Finds the named entities of an article and ties every mention to one canonical entity.</summary>
public sealed class EntityRecognizer(Gazetteer.Gazetteer gazetteer, TimeExpressionRecognizer dates, QuantityRecognizer quantities)
{
    public EntityRecognizer()
        : this(Gazetteer.Gazetteer.Default, new TimeExpressionRecognizer(), new QuantityRecognizer())
    {
    }

    /// <param name="sentences">The sentences to read, in order; names are only looked for inside them.</param>
    /// <param name="glossary">The article's editorial glossary, or <see cref="Glossary.Empty"/> to recognize without it.</param>
    /// <param name="published">The dateline, against which relative dates (<c>this year</c>) are resolved.</param>
    public EntityExtraction Recognize(string source, IReadOnlyList<TextSpan> sentences, Glossary glossary, DateTimeOffset? published = null)
    {
        var finder = new NameFinder(gazetteer, glossary.Entries.Count == 0 ? GlossaryIndex.Empty : new GlossaryIndex(glossary), LowerCaseWords(source, sentences));
        var candidates = sentences.SelectMany(s => finder.Find(source, s)).ToList();
        var (entities, mentions) = new EntityResolver(gazetteer, glossary).Resolve(candidates);

        // Names win where a date or number is part of one ("1994 ceasefire agreements", "Mate 60 Pro").
        var named = mentions.Select(m => m.Span).OrderBy(s => s.Start).ToList();
        var expressions = dates.Recognize(source, sentences, published).Select(d => ExpressionMentions.FromDate(d, source))
            .Concat(sentences.SelectMany(s => quantities.Recognize(source, s)).Select(ExpressionMentions.FromQuantity))
            .Where(e => !OverlapsAny(named, e.Mention.Span))
            .ToList();

        var allEntities = entities.Concat(expressions.Select(e => e.Entity)).DistinctBy(e => e.Key).ToList();
        var allMentions = mentions.Concat(expressions.Select(e => e.Mention)).OrderBy(m => m.Span.Start).ToList();
        return new EntityExtraction(allEntities, allMentions);
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

    /// <summary>Words the article writes in lower case somewhere: such a word is no name when it opens a sentence.</summary>
    private static HashSet<string> LowerCaseWords(string source, IReadOnlyList<TextSpan> sentences)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in WordTokenizer.Tokenize(source, sentence))
            {
                if (char.IsLower(source[token.Start]))
                {
                    words.Add(token.Text(source));
                }
            }
        }

        return words;
    }
}
