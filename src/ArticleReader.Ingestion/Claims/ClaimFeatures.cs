using System.Globalization;
using ArticleReader.Ingestion.Embeddings;
using static ArticleReader.Ingestion.Claims.ClaimCues;

namespace ArticleReader.Ingestion.Claims;

/// <summary>The parts of a sentence's feature vector a claim model reads.</summary>
[Flags]
public enum ClaimFeatureSet
{
    /// <summary>The encoder's mean-pooled sentence vector, of unit length.</summary>
    Mean = 1,

    /// <summary>The element-wise maximum of the encoder's word vectors, of unit length.</summary>
    Max = 2,

    /// <summary>Lexical cues: numbers, dates, names, hedges, persons, questions (see <see cref="ClaimFeatures.CueNames"/>).</summary>
    Cues = 4,
}

/// <summary>
/// The feature vector of one sentence, computed the same way in training and in ingestion: from the sentence's
/// tokens (<see cref="EncoderInput.Tokens"/>) and its encoder vectors. Names are read from capitalization, not from
/// the entity recognizer, so that the claim model does not depend on another trained model.
/// </summary>
public static class ClaimFeatures
{
    /// <summary>The lexical cues, in the order they appear in the vector.</summary>
    public static readonly IReadOnlyList<string> CueNames =
    [
        "numbers", "year", "percent", "money", "calendar", "capitalized", "acronym", "hedge", "reporting verb",
        "event verb", "past tense", "first person", "second person", "opinion", "question", "exclamation", "negation",
        "comparison", "future", "length", "quotation", "relation", "according to",
    ];

    /// <summary>Count cues saturate at this many occurrences: a fourth number says little more than a third.</summary>
    private const int CountCap = 3;

    /// <summary>Sentence length is read on a log scale up to this many tokens.</summary>
    private const int LongSentence = 64;

    public static int Length(ClaimFeatureSet set) =>
        (set.HasFlag(ClaimFeatureSet.Mean) ? SentenceEncoder.Dimensions : 0)
        + (set.HasFlag(ClaimFeatureSet.Max) ? SentenceEncoder.Dimensions : 0)
        + (set.HasFlag(ClaimFeatureSet.Cues) ? CueNames.Count : 0);

    public static float[] Of(string source, TextSpan sentence, EncodedSentence encoding, ClaimFeatureSet set)
    {
        var features = new List<float>(Length(set));
        if (set.HasFlag(ClaimFeatureSet.Mean))
        {
            features.AddRange(UnitLength(encoding.Mean));
        }

        if (set.HasFlag(ClaimFeatureSet.Max))
        {
            features.AddRange(UnitLength(MaxPool(encoding.Words)));
        }

        if (set.HasFlag(ClaimFeatureSet.Cues))
        {
            features.AddRange(Cues(source, sentence));
        }

        return [.. features];
    }

    /// <summary>The lexical cues of a sentence, each in [0, 1], in the order of <see cref="CueNames"/>.</summary>
    public static float[] Cues(string source, TextSpan sentence)
    {
        var tokens = EncoderInput.Tokens(source, sentence).Select(t => t.Slice(source)).ToList();
        var lower = tokens.Select(t => t.ToLowerInvariant()).ToList();
        var text = " " + string.Join(' ', lower) + " ";
        var words = Enumerable.Range(0, tokens.Count).Where(i => char.IsLetter(tokens[i][0])).ToList();

        var numbers = tokens.Count(t => t.Any(char.IsAsciiDigit));
        var capitalized = words.Count(i => i > 0 && IsCapitalized(tokens[i]) && tokens[i] != "I" && !IsOpening(tokens, i));
        float[] cues =
        [
            Capped(numbers),
            Flag(tokens.Any(IsYear)),
            Flag(tokens.Contains("%") || lower.Contains("percent") || text.Contains(" per cent ", StringComparison.Ordinal)),
            Flag(tokens.Any(t => t is "$" or "£" or "€" or "¥") || lower.Any(MoneyWords.Contains)),
            // "may" is a month only when capitalized inside the sentence.
            Flag(words.Any(i => CalendarWords.Contains(lower[i]) && IsCapitalized(tokens[i]) && (i > 0 || lower[i] != "may"))),
            Capped(capitalized),
            Flag(tokens.Any(t => t.Length >= 2 && t.All(char.IsUpper))),
            Flag(lower.Any(HedgeWords.Contains)),
            Flag(lower.Any(ReportingVerbs.Contains)),
            Flag(lower.Any(w => EventVerbs.Contains(w) && !ReportingVerbs.Contains(w))),
            Capped(lower.Count(w => w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))),
            Capped(lower.Count(FirstPerson.Contains)),
            Capped(lower.Count(SecondPerson.Contains)),
            Capped(lower.Count(OpinionWords.Contains)),
            Flag(tokens.Contains("?")),
            Flag(tokens.Contains("!")),
            Capped(lower.Count(w => Negations.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal))),
            Flag(lower.Any(Comparisons.Contains)),
            Flag(lower.Any(FutureWords.Contains)),
            (float)Math.Min(1, Math.Log(1 + tokens.Count) / Math.Log(LongSentence)),
            Flag(tokens.Any(t => t is "\"" or "“" or "”")),
            Flag(RelationPhrases.Any(p => text.Contains(p, StringComparison.Ordinal))),
            Flag(text.Contains(" according to ", StringComparison.Ordinal)),
        ];
        return cues;
    }

    private static float Flag(bool value) => value ? 1 : 0;

    private static float Capped(int count) => Math.Min(count, CountCap) / (float)CountCap;

    private static bool IsCapitalized(string token) => char.IsUpper(token[0]);

    /// <summary>A word after an opening quote or a colon starts a sentence of its own: its capital says nothing.</summary>
    private static bool IsOpening(List<string> tokens, int i) => tokens[i - 1] is "\"" or "“" or ":" or "'" or "‘";

    private static bool IsYear(string token) =>
        token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2099;

    /// <summary>The element-wise maximum of word vectors (zeros for none).</summary>
    public static float[] MaxPool(IReadOnlyList<float[]> vectors)
    {
        var max = new float[SentenceEncoder.Dimensions];
        if (vectors.Count == 0)
        {
            return max;
        }

        Array.Fill(max, float.NegativeInfinity);
        foreach (var vector in vectors)
        {
            for (var d = 0; d < max.Length; d++)
            {
                max[d] = Math.Max(max[d], vector[d]);
            }
        }

        return max;
    }

    private static float[] UnitLength(float[] vector)
    {
        var norm = Math.Sqrt(vector.Sum(v => (double)v * v));
        return norm == 0 ? [.. vector] : [.. vector.Select(v => (float)(v / norm))];
    }
}
