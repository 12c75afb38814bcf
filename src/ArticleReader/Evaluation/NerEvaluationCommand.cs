using System.Text;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Ingestion.Entities.Tagging;
using ArticleReader.Ingestion.Evaluation;

namespace ArticleReader.Evaluation;

/// <summary>
/// <c>evaluate ner FILE.conll</c>: runs the real ingestion path (no glossary) on each document of a CoNLL-2003 file,
/// rebuilt as plain text from its tokens, maps the mentions back onto the tokens and prints precision, recall and F1
/// per type and micro-averaged, exact spans as conlleval counts them.
/// </summary>
public static class NerEvaluationCommand
{
    public const string Usage = "usage: evaluate ner FILE.conll [--errors]";

    /// <summary>A title line the plain-text reader takes as the header, so every sentence of the document is body text.</summary>
    private const string Title = "CoNLL document";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var errors = args.Contains("--errors") ? stdout : null;
        args = [.. args.Where(a => a != "--errors")];
        if (args is not [var path] || path.StartsWith("--", StringComparison.Ordinal))
        {
            stderr.WriteLine($"evaluate ner: expected one CoNLL file ({Usage})");
            return 2;
        }

        IReadOnlyList<ConllDocument> documents;
        try
        {
            documents = ConllCorpus.ReadFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            stderr.WriteLine($"evaluate ner: {e.Message}");
            return 2;
        }

        var pipeline = new IngestionPipeline();
        var scores = new NerScores();
        foreach (var document in documents)
        {
            Score(pipeline, document, scores, errors);
        }

        stdout.WriteLine($"Entities of {Path.GetFileName(path)}: {documents.Count} documents, no glossary (exact spans and types, conlleval)");
        foreach (var line in scores.Report())
        {
            stdout.WriteLine("  " + line);
        }

        return 0;
    }

    /// <summary>The CoNLL type a mention of this type counts as, or null for dates and quantities (CoNLL has none).</summary>
    public static string? ConllType(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Org => "ORG",
        EntityType.Place => "LOC",
        EntityType.Group or EntityType.Event or EntityType.Product or EntityType.Other => "MISC",
        _ => null,
    };

    private static void Score(IngestionPipeline pipeline, ConllDocument document, NerScores scores, TextWriter? errors)
    {
        // One paragraph a sentence, tokens joined by spaces: the text a reader would see, with every token's offset known.
        var text = new StringBuilder(Title);
        var tokens = new List<(int Sentence, int Token, int Start, int End)>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            text.Append("\n\n");
            var words = document.Sentences[s].Words;
            for (var w = 0; w < words.Count; w++)
            {
                if (w > 0)
                {
                    text.Append(' ');
                }

                tokens.Add((s, w, text.Length, text.Length + words[w].Length));
                text.Append(words[w]);
            }
        }

        var predicted = document.Sentences.Select(_ => new List<TaggedSpan>()).ToList();
        var article = pipeline.Parse(text.ToString(), "conll");
        foreach (var mention in article.Entities.Mentions)
        {
            var first = tokens.FindIndex(t => t.End > mention.Span.Start);
            var last = tokens.FindLastIndex(t => t.Start < mention.Span.End);
            if (ConllType(mention.Type) is { } type && first >= 0 && last >= first && tokens[first].Sentence == tokens[last].Sentence)
            {
                predicted[tokens[first].Sentence].Add(new TaggedSpan(tokens[first].Token, tokens[last].Token + 1, type));
            }
        }

        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var gold = TagSpans.FromIob(document.Sentences[s].Tags);
            scores.Add(gold, predicted[s]);
            var words = document.Sentences[s].Words;
            string Words(TaggedSpan span) => string.Join(' ', words.Skip(span.Start).Take(span.End - span.Start));
            foreach (var span in predicted[s].Except(gold))
            {
                errors?.WriteLine($"  FP {span.Type,-4} \"{Words(span)}\" in: {string.Join(' ', words)}");
            }

            foreach (var span in gold.Except(predicted[s]))
            {
                errors?.WriteLine($"  FN {span.Type,-4} \"{Words(span)}\" in: {string.Join(' ', words)}");
            }
        }
    }
}
