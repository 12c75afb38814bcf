using System.Globalization;
using System.Text;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Evaluation;

namespace ArticleReader.Evaluation;

/// <summary>
/// <c>evaluate claims FILE.tsv</c>: runs the real ingestion path (no glossary) over the judged sentences of a
/// CheckThat!-format file and prints the precision, recall and F1 of the check-worthy ("Yes") class.
/// </summary>
/// <remarks>
/// The rows are read as one article, each row a paragraph under a title line, as a transcript would be ingested.
/// The sentence splitter may split a row: the row counts as a claim when any of its sentences is one.
/// </remarks>
public static class ClaimEvaluationCommand
{
    public const string Usage = "usage: evaluate claims FILE.tsv";

    /// <summary>The title line the rows are ingested under, so that no row is read as the article's title.</summary>
    private const string Title = "Judged sentences";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is not [var path])
        {
            stderr.WriteLine($"evaluate claims: name one file ({Usage})");
            return 2;
        }

        CheckWorthinessData data;
        try
        {
            data = CheckWorthinessFile.Read(path);
        }
        catch (IngestionException e)
        {
            stderr.WriteLine($"evaluate claims: {e.Message}");
            return 2;
        }

        foreach (var problem in data.Problems)
        {
            stderr.WriteLine($"evaluate claims: {problem}");
        }

        if (data.Sentences.Count == 0)
        {
            stderr.WriteLine($"evaluate claims: {path} has no judged sentence");
            return 2;
        }

        var evaluation = Evaluate(new IngestionPipeline(), data.Sentences);
        stdout.WriteLine($"Claims in {Path.GetFileName(path)} ({data.Sentences.Count} sentences; a row is a claim when any of its sentences is one)");
        stdout.WriteLine($"  {"class",-9} {"gold",5} {"P",7} {"R",7} {"F1",7}");
        stdout.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {"Yes",-9} {evaluation.Score.Gold,5} {evaluation.Score.Precision,7:0.000} {evaluation.Score.Recall,7:0.000} {evaluation.Score.F1,7:0.000}"));
        if (evaluation.Unread > 0)
        {
            stdout.WriteLine($"  {evaluation.Unread} rows were not read as article text (header or closing matter) and count as no claim");
        }

        return 0;
    }

    /// <summary>The Yes-class score of the pipeline's claims on <paramref name="sentences"/>.</summary>
    /// <returns>The score, and how many rows the pipeline did not read as body text.</returns>
    public static (Score Score, int Unread) Evaluate(IngestionPipeline pipeline, IReadOnlyList<JudgedSentence> sentences)
    {
        var source = new StringBuilder(Title);
        var rows = new List<TextSpan>();
        foreach (var sentence in sentences)
        {
            source.Append("\n\n");
            // A row is one paragraph: line breaks inside a quoted field would otherwise split it into blocks.
            var text = string.Join(' ', sentence.Text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            rows.Add(new TextSpan(source.Length, source.Length + text.Length));
            source.Append(text);
        }

        source.Append('\n');
        var parsed = pipeline.Parse(source.ToString(), "judged-sentences");
        var body = parsed.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Span).ToList();
        var score = default(Score);
        var unread = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            unread += body.Any(p => p.Overlaps(rows[i])) ? 0 : 1;
            var predicted = parsed.Claims.Any(c => c.Span.Overlaps(rows[i]));
            score += Score.Of(sentences[i].CheckWorthy, predicted);
        }

        return (score, unread);
    }
}
