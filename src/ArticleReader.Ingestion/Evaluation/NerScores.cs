using ArticleReader.Ingestion.Entities.Tagging;

namespace ArticleReader.Ingestion.Evaluation;

/// <summary>
/// Exact-span, type-matched scores of tagged names against gold, as conlleval counts them: a name is found only
/// when its first token, last token and type are all right.
/// </summary>
public sealed class NerScores
{
    private readonly SortedDictionary<string, Score> _byType = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Score> ByType => _byType;

    public Score Micro => _byType.Values.Aggregate(default(Score), (a, b) => a + b);

    /// <summary>Counts one sentence's names.</summary>
    public void Add(IEnumerable<TaggedSpan> gold, IEnumerable<TaggedSpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        foreach (var span in predictedSet)
        {
            Count(span.Type, goldSet.Contains(span) ? new Score(1, 0, 0) : new Score(0, 1, 0));
        }

        foreach (var span in goldSet.Where(s => !predictedSet.Contains(s)))
        {
            Count(span.Type, new Score(0, 0, 1));
        }
    }

    /// <summary>One line per type and one for all of them: precision, recall, F1 and the number of gold names.</summary>
    public IEnumerable<string> Report()
    {
        foreach (var (type, score) in _byType)
        {
            yield return Line(type, score);
        }

        yield return Line("micro", Micro);
    }

    private static string Line(string name, Score score) =>
        FormattableString.Invariant($"{name,-12} P {score.Precision:F4}  R {score.Recall:F4}  F1 {score.F1:F4}  (gold {score.Gold}, found {score.TruePositives + score.FalsePositives})");

    private void Count(string type, Score score) => _byType[type] = _byType.GetValueOrDefault(type) + score;
}
