namespace ArticleReader.Ingestion.Entities.Tagging;

/// <summary>One sentence of a CoNLL-2003 file: its tokens and their IOB2 tags (<c>B-PER</c>, <c>I-ORG</c>, <c>O</c>).</summary>
public sealed record ConllSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);

/// <summary>A document of a CoNLL-2003 file (the sentences between two <c>-DOCSTART-</c> lines).</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);

/// <summary>Reads CoNLL-2003 files: one token a line (<c>word POS chunk NER</c>, or just <c>word NER</c>), a blank line between sentences.</summary>
public static class ConllCorpus
{
    private const string DocumentStart = "-DOCSTART-";

    /// <exception cref="FormatException">A line has no tag, or a tag that is not IOB.</exception>
    public static IReadOnlyList<ConllDocument> Read(TextReader reader, string name)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                EndSentence();
                continue;
            }

            if (fields[0] == DocumentStart)
            {
                EndSentence();
                EndDocument();
                continue;
            }

            var tag = fields[^1];
            if (fields.Length < 2 || !(tag == "O" || ((tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal)) && tag.Length > 2)))
            {
                throw new FormatException($"{name}:{lineNumber}: expected 'word ... TAG' with an IOB tag, found '{line}'");
            }

            words.Add(fields[0]);
            tags.Add(tag);
        }

        EndSentence();
        EndDocument();
        return documents;

        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], [.. tags]));
                words.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument([.. sentences]));
                sentences.Clear();
            }
        }
    }

    public static IReadOnlyList<ConllDocument> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }
}
