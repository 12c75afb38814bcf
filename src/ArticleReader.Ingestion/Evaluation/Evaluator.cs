using ArticleReader.Ingestion.Entities;

namespace ArticleReader.Ingestion.Evaluation;

/// <summary>What the pipeline got right and wrong on one gold article.</summary>
public sealed record ArticleEvaluation(
    string Article,
    IReadOnlyDictionary<EntityType, Score> Entities,
    Score Claims,
    IReadOnlyList<string> Errors)
{
    public Score AllEntities => Entities.Values.Aggregate(default(Score), (a, b) => a + b);
}

/// <summary>Scores the pipeline against gold: a mention counts when its span and type are exact; a claim when its sentence is.</summary>
public sealed class Evaluator(IngestionPipeline pipeline)
{
    public ArticleEvaluation Evaluate(GoldArticle gold)
    {
        var parsed = pipeline.Parse(gold.Source, gold.Name);
        var errors = new List<string>();

        var predicted = parsed.Entities.Mentions.Select(m => (m.Span, m.Type)).ToHashSet();
        var expected = gold.Mentions.Select(m => (m.Span, m.Type)).ToHashSet();
        var entities = new Dictionary<EntityType, Score>();
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var found = predicted.Where(p => p.Type == type).ToHashSet();
            var wanted = expected.Where(e => e.Type == type).ToHashSet();
            entities[type] = new Score(found.Intersect(wanted).Count(), found.Except(wanted).Count(), wanted.Except(found).Count());
            errors.AddRange(found.Except(wanted).Select(f => $"entity FP {type,-8} {f.Span} \"{f.Span.Slice(gold.Source)}\""));
            errors.AddRange(wanted.Except(found).Select(w => $"entity FN {type,-8} {w.Span} \"{w.Span.Slice(gold.Source)}\""));
        }

        var claimSpans = parsed.Claims.Select(c => c.Span).ToList();
        var claims = default(Score);
        foreach (var sentence in gold.Sentences)
        {
            var predictedClaim = claimSpans.Any(c => MostlyOverlaps(c, sentence.Span));
            claims += Score.Of(sentence.IsClaim, predictedClaim);
            if (sentence.IsClaim != predictedClaim)
            {
                errors.Add($"claim {(predictedClaim ? "FP" : "FN")} {sentence.Span} \"{Abbreviate(sentence.Text)}\"");
            }
        }

        return new ArticleEvaluation(gold.Name, entities, claims, errors);
    }

    // Sentence splitters may disagree at the edges; a claim matches a gold sentence it mostly covers.
    private static bool MostlyOverlaps(TextSpan a, TextSpan b)
    {
        var overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return overlap > 0 && overlap * 2 > Math.Min(a.Length, b.Length);
    }

    private static string Abbreviate(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
