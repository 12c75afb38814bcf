using ArticleReader.Ingestion.Editorial;

namespace ArticleReader.Ingestion.Entities;

public sealed record EntityExtraction(IReadOnlyList<Entity> Entities, IReadOnlyList<Mention> Mentions)
{
    public static EntityExtraction Empty { get; } = new([], []);
}

/// <summary>Finds the named entities of an article and ties every mention to one canonical entity.</summary>
public sealed class EntityRecognizer(Gazetteer.Gazetteer gazetteer)
{
    public EntityRecognizer()
        : this(Gazetteer.Gazetteer.Default)
    {
    }

    /// <param name="sentences">The sentences to read, in order; names are only looked for inside them.</param>
    /// <param name="glossary">The article's editorial glossary, or <see cref="Glossary.Empty"/> to recognize without it.</param>
    public EntityExtraction Recognize(string source, IReadOnlyList<TextSpan> sentences, Glossary glossary)
    {
        var finder = new NameFinder(gazetteer, glossary.Entries.Count == 0 ? GlossaryIndex.Empty : new GlossaryIndex(glossary), LowerCaseWords(source, sentences));
        var candidates = sentences.SelectMany(s => finder.Find(source, s)).ToList();
        var (entities, mentions) = new EntityResolver(gazetteer, glossary).Resolve(candidates);
        return new EntityExtraction(entities, mentions);
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
