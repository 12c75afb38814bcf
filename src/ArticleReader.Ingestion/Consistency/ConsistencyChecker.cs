using System.Globalization;
using System.Text.RegularExpressions;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Entities;

namespace ArticleReader.Ingestion.Consistency;

/// <summary>Checks an article against itself and its glossary: dates, figures and the spelling of names.</summary>
public sealed partial class ConsistencyChecker
{
    /// <summary>How many content words two sentences must share to be taken as telling of the same event.</summary>
    public const int SharedWordsForSameEvent = 2;

    public IReadOnlyList<ConsistencyFlag> Check(ParsedArticle article, Glossary glossary)
    {
        var sentences = article.Sentences.ToList();
        var flags = new List<ConsistencyFlag>();
        flags.AddRange(DateContradictions(article, sentences));
        flags.AddRange(FigureDisagreements(article, sentences));
        flags.AddRange(NameSpellings(article, glossary));
        return [.. flags.OrderBy(f => f.Span.Start)];
    }

    private static IEnumerable<ConsistencyFlag> DateContradictions(ParsedArticle article, List<ParsedSentence> sentences)
    {
        var dates = article.Entities.Mentions.Where(m => m.Type == EntityType.Date && m.Value is not null).ToList();
        var published = article.Header.Published is { } moment ? DateOnly.FromDateTime(moment.DateTime) : (DateOnly?)null;
        // Only a date counted from the dateline and naming its month ("April this year") can be checked this way;
        // "a year later" follows the story's own dates.
        foreach (var relative in dates.Where(d => d.Note?.Contains("resolved against the dateline", StringComparison.Ordinal) == true))
        {
            if (StartOf(relative.Value!) is not { } resolved || SentenceOf(sentences, relative.Span) is not { } sentence || MonthIn(relative.Text) is not { } month)
            {
                continue;
            }

            // The same event told elsewhere with an absolute date in the same month of another year.
            var conflicting = dates
                .Where(d => d.Note is null || !d.Note.Contains("relative", StringComparison.Ordinal))
                .Where(d => StartOf(d.Value!) is { } other && other.Year != resolved.Year && other.Month == month)
                .Select(d => (Date: d, Sentence: SentenceOf(sentences, d.Span)))
                .Where(x => x.Sentence is not null && x.Sentence != sentence && SharedContentWords(x.Sentence.Text, sentence.Text) >= SharedWordsForSameEvent)
                .Select(x => x.Date)
                .FirstOrDefault();
            var afterPublication = published is { } day && resolved > day;
            if (conflicting is null && !afterPublication)
            {
                continue;
            }

            var explanation = $"“{relative.Text}” resolves to {relative.Value} against the dateline";
            explanation += afterPublication ? $", after the article was published ({published:d MMMM yyyy})" : string.Empty;
            explanation += conflicting is not null ? $"; the same event is dated “{conflicting.Text}” ({conflicting.Value}) elsewhere in the article." : ".";
            yield return Flag(FlagKind.DateContradiction, relative.Span, relative.Text, explanation, conflicting is null ? [] : [conflicting.Span]);
        }
    }

    private static IEnumerable<ConsistencyFlag> FigureDisagreements(ParsedArticle article, List<ParsedSentence> sentences)
    {
        var quantities = article.Entities.Mentions.Where(m => m.Type == EntityType.Quantity && m.Value is not null).ToList();
        foreach (var sentence in sentences)
        {
            var inSentence = quantities.Where(q => sentence.Span.Contains(q.Span)).ToList();
            for (var i = 0; i + 1 < inSentence.Count; i++)
            {
                var (first, second) = (inSentence[i], inSentence[i + 1]);
                var between = article.Source[first.Span.End..second.Span.Start];
                if (Unit(first.Value!) is not { } unit || Unit(second.Value!) != unit || first.Value == second.Value || !Contrast().IsMatch(between))
                {
                    continue;
                }

                var source = AccordingTo().Match(between) is { Success: true } according ? according.Groups["who"].Value.Trim() : null;
                var explanation = source is null
                    ? $"Two figures for the same quantity: {first.Text} and {second.Text}."
                    : $"Attributed disagreement: the article gives {first.Text}; according to {source}, {second.Text}.";
                yield return Flag(FlagKind.FigureDisagreement, second.Span, second.Text, explanation, [first.Span]);
            }
        }
    }

    private static IEnumerable<ConsistencyFlag> NameSpellings(ParsedArticle article, Glossary glossary)
    {
        foreach (var mention in article.Entities.Mentions.Where(m => m.Evidence == MentionEvidence.Glossary))
        {
            var entry = glossary.Find(mention.Text);
            if (entry is null || entry.Name.Equals(mention.Text, StringComparison.OrdinalIgnoreCase) || !LooksLikeASpelling(mention.Text, entry))
            {
                continue;
            }

            var note = entry.Note is { Length: > 0 } n ? $" {n}" : string.Empty;
            yield return Flag(FlagKind.NameSpelling, mention.Span, mention.Text, $"Spelled “{mention.Text}” here; the glossary writes “{entry.Name}”.{note}", []);
        }
    }

    /// <summary>An alias that is another spelling of the name, not another name for it (Schaffer, not EU).</summary>
    private static bool LooksLikeASpelling(string alias, GlossaryEntry entry)
    {
        if (entry.Note is { } note && note.Contains(alias, StringComparison.Ordinal) && MisspellingWords().IsMatch(note))
        {
            return true;
        }

        var aliasWords = alias.Split(' ');
        var nameWords = entry.Name.Split(' ');
        return aliasWords.Length == nameWords.Length && aliasWords.Length > 1
            && aliasWords.Zip(nameWords).All(p => EditDistance(p.First, p.Second) <= 2)
            && aliasWords.Zip(nameWords).Any(p => p.First != p.Second);
    }

    private static ConsistencyFlag Flag(FlagKind kind, TextSpan span, string text, string explanation, IReadOnlyList<TextSpan> related) =>
        new(ClaimKey.For($"{kind} {text} {span.Start}"), kind, span, text, explanation, related);

    private static ParsedSentence? SentenceOf(List<ParsedSentence> sentences, TextSpan span) =>
        sentences.FirstOrDefault(s => s.Span.Contains(span));

    private static DateOnly? StartOf(string value)
    {
        var start = value.Split('/')[0];
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateOnly.TryParseExact(start, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static int? MonthIn(string text) =>
        text.Split(' ').Select(w => Blocks.DatelineParser.MonthNumber(w)).FirstOrDefault(m => m is not null);

    private static string? Unit(string value) => UnitOf().Match(value) is { Success: true } match ? match.Groups["unit"].Value : null;

    private static int SharedContentWords(string a, string b)
    {
        static HashSet<string> Words(string text) =>
            [.. ContentWord().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 4)];

        return Words(a).Intersect(Words(b)).Count();
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    // A contrast or a source between two figures: "20 km2 (according to the Armenian side only 8 km2)".
    [GeneratedRegex(@"\(|\baccording to\b|\bwhile\b|\bwhereas\b|\bbut\b|\bhowever\b|\bonly\b|\bother sources\b|\bclaims?\b|\bsays?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contrast();

    [GeneratedRegex(@"\baccording to (?<who>[^,;:()]+?)(?=\s+(?:only|just|some|about|around|over)\b|\s*[,;:()]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    // The unit after the amount in a quantity value ("20 km2" → km2, "20000–99999 Jews" → Jews); ratios have none.
    [GeneratedRegex(@"^[≤≥]?[\d.]+(?:–[\d.]+)?%?\s(?<unit>\S.*)$")]
    private static partial Regex UnitOf();

    [GeneratedRegex(@"\b(?:misspell|misspelt|spell|spelling|typo)", RegexOptions.IgnoreCase)]
    private static partial Regex MisspellingWords();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex ContentWord();
}
