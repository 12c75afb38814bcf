namespace ArticleReader.Ingestion.Evaluation;

/// <summary>Counts of one comparison against gold, and the precision, recall and F1 they give.</summary>
public readonly record struct Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Gold => TruePositives + FalseNegatives;

    /// <summary>One judgement: a true positive, a false positive, a false negative or (a true negative) nothing.</summary>
    public static Score Of(bool expected, bool predicted) => (expected, predicted) switch
    {
        (true, true) => new Score(1, 0, 0),
        (false, true) => new Score(0, 1, 0),
        (true, false) => new Score(0, 0, 1),
        _ => default,
    };

    public static Score operator +(Score a, Score b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    // With nothing to find and nothing found, the recognizer made no mistake.
    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
