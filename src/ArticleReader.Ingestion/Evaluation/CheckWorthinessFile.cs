using Microsoft.VisualBasic.FileIO;

namespace ArticleReader.Ingestion.Evaluation;

/// <summary>One judged sentence of a check-worthiness file.</summary>
/// <param name="Line">The line of the file the row starts on (1 is the header).</param>
public sealed record JudgedSentence(string Id, string Text, bool CheckWorthy, int Line);

/// <summary>The rows of a check-worthiness file, and the rows that could not be read, each with why.</summary>
public sealed record CheckWorthinessData(IReadOnlyList<JudgedSentence> Sentences, IReadOnlyList<string> Problems);

/// <summary>
/// Reads the CLEF CheckThat! task 1 format: tab-separated with a header <c>Sentence_id</c>, <c>Text</c>,
/// <c>class_label</c> (<c>Yes</c> or <c>No</c>), fields optionally in double quotes. A malformed row (a wrong number of
/// fields, an unknown label, an empty text) is reported and skipped, never guessed at.
/// </summary>
public static class CheckWorthinessFile
{
    private static readonly string[] Header = ["Sentence_id", "Text", "class_label"];

    public static CheckWorthinessData Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new IngestionException($"no such file: {path}");
        }

        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <param name="name">How problems name the file.</param>
    public static CheckWorthinessData Read(TextReader text, string name)
    {
        // The framework's delimited-text parser: tab-separated fields, each optionally in double quotes ("" is a quote).
        using var parser = new TextFieldParser(text) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters("\t");
        if (parser.EndOfData || !(parser.ReadFields() ?? []).SequenceEqual(Header, StringComparer.Ordinal))
        {
            throw new IngestionException($"{name}: the first line must be the header {string.Join(' ', Header)}");
        }

        var sentences = new List<JudgedSentence>();
        var problems = new List<string>();
        while (!parser.EndOfData)
        {
            var line = (int)parser.LineNumber;
            string[] fields;
            try
            {
                fields = parser.ReadFields() ?? [];
            }
            catch (MalformedLineException e)
            {
                problems.Add($"{name} line {e.LineNumber}: unbalanced quotes (skipped)");
                continue;
            }

            if (fields.Length != Header.Length)
            {
                problems.Add($"{name} line {line}: {fields.Length} fields instead of {Header.Length} (skipped)");
                continue;
            }

            var (id, sentence, label) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim());
            if (sentence.Length == 0)
            {
                problems.Add($"{name} line {line}: sentence {id} has no text (skipped)");
            }
            else if (label is not ("Yes" or "No"))
            {
                problems.Add($"{name} line {line}: sentence {id} has the label \"{label}\", not Yes or No (skipped)");
            }
            else
            {
                sentences.Add(new JudgedSentence(id, sentence, label == "Yes", line));
            }
        }

        return new CheckWorthinessData(sentences, problems);
    }
}
