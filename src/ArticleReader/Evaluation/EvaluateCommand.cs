using System.Globalization;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Ingestion.Evaluation;

namespace ArticleReader.Evaluation;

/// <summary>
/// <c>evaluate [--gold DIR] [--content DIR] [--errors]</c>: scores entity and claim extraction against the gold
/// annotations, with the editorial glossary and without it, and prints precision, recall and F1;
/// <c>evaluate claims FILE.tsv</c> scores the claim spotter on judged sentences (<see cref="ClaimEvaluationCommand"/>).
/// </summary>
public static class EvaluateCommand
{
    public const string Usage = "usage: evaluate [--gold DIR] [--content DIR] [--errors] | evaluate ner FILE.conll | evaluate claims FILE.tsv";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["ner", .. var nerArgs])
        {
            return NerEvaluationCommand.Run(nerArgs, stdout, stderr);
        }

        if (args is ["claims", .. var claimArgs])
        {
            return ClaimEvaluationCommand.Run(claimArgs, stdout, stderr);
        }

        var root = RepositoryLayout.BaseFolder(AppContext.BaseDirectory);
        var gold = Path.Combine(root, "tests", "ArticleReader.Ingestion.Tests", "Gold");
        var content = Path.Combine(root, "content");
        var showErrors = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--gold" when i + 1 < args.Length:
                    gold = Path.GetFullPath(args[++i]);
                    break;
                case "--content" when i + 1 < args.Length:
                    content = Path.GetFullPath(args[++i]);
                    break;
                case "--errors":
                    showErrors = true;
                    break;
                default:
                    stderr.WriteLine($"evaluate: unexpected argument {args[i]} ({Usage})");
                    return 2;
            }
        }

        IReadOnlyList<GoldArticle> articles;
        try
        {
            articles = GoldStandard.ReadFolder(gold);
        }
        catch (IngestionException e)
        {
            stderr.WriteLine($"evaluate: {e.Message}");
            return 2;
        }

        foreach (var (label, pipeline) in new[]
        {
            ("with the glossary", new IngestionPipeline(new EditorialLibrary(content))),
            ("without the glossary", new IngestionPipeline()),
        })
        {
            var results = articles.Select(new Evaluator(pipeline).Evaluate).ToList();
            Print(stdout, label, results, showErrors);
        }

        return 0;
    }

    private static void Print(TextWriter output, string label, List<ArticleEvaluation> results, bool showErrors)
    {
        output.WriteLine($"Entities {label} (a mention counts when its span and type are exact)");
        output.WriteLine($"  {"article",-18} {"type",-9} {"gold",5} {"P",7} {"R",7} {"F1",7}");
        foreach (var result in results.Append(Total(results)))
        {
            foreach (var (type, score) in result.Entities.Where(e => e.Value.Gold > 0 || e.Value.FalsePositives > 0))
            {
                output.WriteLine(Row(result.Article, type.ToString().ToUpperInvariant(), score));
            }

            output.WriteLine(Row(result.Article, "ALL", result.AllEntities));
        }

        output.WriteLine($"Claims {label} (a sentence counts when it is judged a claim as in gold)");
        foreach (var result in results.Append(Total(results)))
        {
            output.WriteLine(Row(result.Article, "CLAIMS", result.Claims));
        }

        if (showErrors)
        {
            foreach (var result in results)
            {
                foreach (var error in result.Errors)
                {
                    output.WriteLine($"  {result.Article}: {error}");
                }
            }
        }

        output.WriteLine();
    }

    private static ArticleEvaluation Total(List<ArticleEvaluation> results) => new(
        "all articles",
        Enum.GetValues<EntityType>().ToDictionary(t => t, t => results.Aggregate(default(Score), (sum, r) => sum + r.Entities[t])),
        results.Aggregate(default(Score), (sum, r) => sum + r.Claims),
        []);

    private static string Row(string article, string what, Score score) => string.Create(
        CultureInfo.InvariantCulture,
        $"  {article,-18} {what,-9} {score.Gold,5} {score.Precision,7:0.000} {score.Recall,7:0.000} {score.F1,7:0.000}");
}
