namespace ArticleReader.Ingestion.Sections;

/// <summary>
/// Finds where the body of an article turns to a new topic: Hearst's TextTiling at paragraph granularity (block
/// comparison of term vectors, depth scores at each gap, a cutoff from their spread) plus cue features read from the
/// opening words of a paragraph.
/// </summary>
public sealed class SectionSegmenter
{
    // Paragraphs on each side of a gap; two smooth out a single off-topic paragraph without blurring real turns.
    private const int Window = 2;

    // Shorter articles are one section: a heading every paragraph or two would only get in the way.
    private const int MinParagraphsToSplit = 4;

    private const int MinSectionParagraphs = 2;

    // Caps the count at one section per three paragraphs (rounded up), the granularity of a reader's outline.
    private const int ParagraphsPerSection = 3;

    // A short paragraph that only asks a question turns the argument ("So, what is going on?"); the weight outweighs
    // any valley short of a complete change of vocabulary.
    private const double QuestionWeight = 1.0;
    private const int MaxQuestionWords = 40;

    // Cues are at most four words ("on the other side"), found in the first few dozen characters.
    private const int CueWords = 4;
    private const int OpeningLength = 40;

    // Openings that bear on a boundary before their paragraph, in units of cosine similarity (depth scores mostly lie
    // between 0 and 0.5), so a cue tips a borderline gap but does not override a clear lexical signal. Conclusions and
    // explicit changes of subject open sections; words that add to, contrast with or point back at the previous
    // paragraph tie the two together. "Finally" mostly closes a list under way rather than opening a new subject.
    private static readonly (string Cue, double Weight)[] Cues =
    [
        // Summing up: the argument closes, a section opens.
        ("in conclusion", 0.3), ("to conclude", 0.3), ("to sum up", 0.3), ("in summary", 0.3), ("all in all", 0.3),
        ("to summarize", 0.3), ("to summarise", 0.3),

        // An explicit change of subject.
        ("turning to", 0.2), ("as for", 0.2), ("meanwhile", 0.2), ("elsewhere", 0.2),

        // The last or next item of a list already under way.
        ("finally", -0.15), ("moreover", -0.15), ("furthermore", -0.15), ("in addition", -0.15), ("also", -0.15),
        ("besides", -0.15), ("similarly", -0.15), ("likewise", -0.15), ("on the other side", -0.15),
        ("on the other hand", -0.15), ("at the same time", -0.15),

        // An example, a restatement or a consequence of what came just before.
        ("for example", -0.1), ("for instance", -0.1), ("in other words", -0.1), ("thus", -0.1), ("therefore", -0.1),
        ("hence", -0.1), ("as a result", -0.1),

        // A contrast with the previous claim still answers it.
        ("but", -0.1), ("however", -0.1), ("yet", -0.1), ("still", -0.1), ("nevertheless", -0.1), ("nonetheless", -0.1),

        // A demonstrative points back at the previous paragraph.
        ("this", -0.05), ("these", -0.05), ("that", -0.05), ("those", -0.05), ("such", -0.05),
    ];

    /// <summary>The indices of the paragraphs that open a section, ascending; the first is always 0.</summary>
    public IReadOnlyList<int> FindSectionStarts(IReadOnlyList<ParsedParagraph> paragraphs)
    {
        if (paragraphs.Count < MinParagraphsToSplit)
        {
            return paragraphs.Count == 0 ? [] : [0];
        }

        var (scores, cutoff) = BoundaryScores(paragraphs);
        var maxBoundaries = (paragraphs.Count + ParagraphsPerSection - 1) / ParagraphsPerSection - 1;

        // Strongest gaps first, each kept only if it leaves its neighbours long enough sections. Paragraph 0 opens
        // the first section, and candidates start MinSectionParagraphs after it.
        var candidates = Enumerable.Range(MinSectionParagraphs, paragraphs.Count - 2 * MinSectionParagraphs + 1)
            .Where(g => scores[g] > cutoff)
            .OrderByDescending(g => scores[g])
            .ThenBy(g => g);
        var opens = new bool[paragraphs.Count];
        var starts = new List<int> { 0 };
        foreach (var gap in candidates)
        {
            if (starts.Count > maxBoundaries)
            {
                break;
            }

            if (!opens.AsSpan(gap - MinSectionParagraphs + 1, 2 * MinSectionParagraphs - 1).Contains(true))
            {
                opens[gap] = true;
                starts.Add(gap);
            }
        }

        starts.Sort();
        return starts;
    }

    /// <summary>
    /// The boundary score of each gap (index g is the gap before paragraph g; index 0 is unused) and the cutoff a
    /// score must exceed: the mean depth less half its standard deviation, Hearst's liberal cutoff.
    /// </summary>
    private static (double[] Scores, double Cutoff) BoundaryScores(IReadOnlyList<ParsedParagraph> paragraphs)
    {
        var n = paragraphs.Count;
        var terms = new Dictionary<string, int>[n];
        for (var i = 0; i < n; i++)
        {
            terms[i] = new Dictionary<string, int>(StringComparer.Ordinal);
            Lexicon.CountTerms(paragraphs[i].Text, terms[i]);
        }

        // Block vectors are sums of paragraph vectors, so every product the cosine needs is a sum of products of
        // paragraphs less than two windows apart: near[i][d] is the dot product of paragraphs i and i + d.
        var near = new double[n][];
        for (var i = 0; i < n; i++)
        {
            near[i] = new double[2 * Window];
            for (var d = 0; d < 2 * Window && i + d < n; d++)
            {
                near[i][d] = Dot(terms[i], terms[i + d]);
            }
        }

        var similarity = new double[n];
        for (var gap = 1; gap < n; gap++)
        {
            var left = Math.Max(0, gap - Window);
            var right = Math.Min(n, gap + Window);
            var cross = BlockDot(near, left, gap, gap, right);
            var norms = BlockDot(near, left, gap, left, gap) * BlockDot(near, gap, right, gap, right);
            similarity[gap] = norms == 0 ? 0 : cross / Math.Sqrt(norms);
        }

        var depth = DepthScores(similarity);
        var gaps = depth.AsSpan(1);
        var mean = Mean(gaps);
        var deviation = Math.Sqrt(MeanSquare(gaps, mean));

        var scores = new double[n];
        for (var gap = 1; gap < n; gap++)
        {
            scores[gap] = depth[gap] + CueWeight(paragraphs[gap].Text);
        }

        return (scores, mean - deviation / 2);
    }

    /// <summary>
    /// How deep each gap sits in its valley of similarity: the climb to the highest point reached going uphill to the
    /// left plus the climb to the right. Each side is one pass, so the whole is linear.
    /// </summary>
    private static double[] DepthScores(double[] similarity)
    {
        var n = similarity.Length;
        var leftPeak = new double[n];
        var rightPeak = new double[n];
        for (var gap = 1; gap < n; gap++)
        {
            leftPeak[gap] = gap > 1 && similarity[gap - 1] >= similarity[gap] ? leftPeak[gap - 1] : similarity[gap];
        }

        for (var gap = n - 1; gap >= 1; gap--)
        {
            rightPeak[gap] = gap < n - 1 && similarity[gap + 1] >= similarity[gap] ? rightPeak[gap + 1] : similarity[gap];
        }

        var depth = new double[n];
        for (var gap = 1; gap < n; gap++)
        {
            depth[gap] = leftPeak[gap] - similarity[gap] + (rightPeak[gap] - similarity[gap]);
        }

        return depth;
    }

    /// <summary>What the opening of a paragraph says about a boundary before it (see <see cref="Cues"/>).</summary>
    private static double CueWeight(string paragraph)
    {
        if (IsQuestion(paragraph))
        {
            return QuestionWeight;
        }

        var words = Lexicon.Words(paragraph[..Math.Min(paragraph.Length, OpeningLength)]);
        var opening = string.Join(' ', words.Take(CueWords).Select(w => Lexicon.Fold(w.Surface)));
        foreach (var (cue, weight) in Cues)
        {
            if (opening == cue || opening.StartsWith(cue + " ", StringComparison.Ordinal))
            {
                return weight;
            }
        }

        return 0;
    }

    /// <summary>A paragraph that only asks: short, and ending in a question mark.</summary>
    private static bool IsQuestion(string paragraph)
    {
        var end = paragraph.AsSpan().TrimEnd().TrimEnd("\"\u201D'\u2019)");
        return end.EndsWith('?') && end.Count(' ') < MaxQuestionWords;
    }

    // The dot product of the sums of paragraphs [a, aEnd) and [b, bEnd), from the products of paragraph pairs.
    private static double BlockDot(double[][] near, int a, int aEnd, int b, int bEnd)
    {
        double sum = 0;
        for (var i = a; i < aEnd; i++)
        {
            for (var j = b; j < bEnd; j++)
            {
                sum += i <= j ? near[i][j - i] : near[j][i - j];
            }
        }

        return sum;
    }

    private static double Dot(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        double dot = 0;
        foreach (var (term, count) in a)
        {
            if (b.TryGetValue(term, out var other))
            {
                dot += count * other;
            }
        }

        return dot;
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }

    private static double MeanSquare(ReadOnlySpan<double> values, double mean)
    {
        double sum = 0;
        foreach (var value in values)
        {
            sum += (value - mean) * (value - mean);
        }

        return sum / values.Length;
    }
}
