namespace ArticleReader.Ingestion.Sections;

/// <summary>
/// Names each section of an article from its salient terms: names and noun phrases scored by tf-idf with the
/// sections as documents, so a title says what sets its section apart from the rest of the article.
/// </summary>
public sealed class SectionTitler
{
    public const int MaxTitleLength = 60;

    private const int MaxTerms = 3;

    // The third term must be at least this salient relative to the first, or the title only gets longer.
    private const double ThirdTermShare = 0.55;

    // Readers recognise a section by who and where more than by what: names outrank common words.
    private const double NameWeight = 2.0;
    private const double MultiWordNameWeight = 2.5;
    private const double PhraseWeight = 2.0;
    private const double WordWeight = 1.0;

    // A phrase takes the place of its word when at least this salient relative to it.
    private const double PhraseShare = 0.5;

    // The opening paragraph of a section usually announces its subject.
    private const double OpeningWeight = 1.25;

    private const int OpeningWordsForFallback = 6;

    /// <summary>One title per section, in order; unique, non-empty and at most <see cref="MaxTitleLength"/> characters.</summary>
    public IReadOnlyList<string> Title(IReadOnlyList<IReadOnlyList<ParsedParagraph>> sections)
    {
        var words = sections.Select(s => s.Select(p => Lexicon.Words(p.Text)).ToList()).ToList();
        var sectionTerms = TermCollector.Collect(words);

        var titles = new List<string>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < sections.Count; s++)
        {
            var ranked = Rank(sectionTerms[s], s, sections.Count);
            var title = Alternatives(ranked, s).FirstOrDefault(t => !used.Contains(t))
                ?? Unique(OpeningWords(sections[s]), s, used);
            used.Add(title);
            titles.Add(title);
        }

        return titles;
    }

    /// <summary>The terms occurring in section <paramref name="section"/> with their scores, most salient first.</summary>
    private static List<(SectionTerm SectionTerm, double Score)> Rank(List<SectionTerm> terms, int section, int sectionCount)
    {
        var scores = new Dictionary<SectionTerm, double>();
        foreach (var term in terms)
        {
            var tf = term.Counts[section];

            // A common word must have been seen standing as a noun and recur within the section to be its subject;
            // a name is salient on first mention.
            if (term.Kind != TermKind.Name && (tf < 2 || term.NounUses == 0))
            {
                continue;
            }

            var df = term.DocumentFrequency;
            var weight = term.Kind switch
            {
                TermKind.Name when term.NounUses == 0 => WordWeight,
                TermKind.Name => term.WordCount > 1 ? MultiWordNameWeight : NameWeight,
                TermKind.Phrase => PhraseWeight,
                _ => WordWeight,
            };

            // ln((N + 1) / df) rather than ln(N / df): a term in every section still counts a little, so the sections
            // of an article about one thing, or an article of one section, still get titles.
            scores[term] = tf * Math.Log((sectionCount + 1.0) / df) * weight * (term.InOpening[section] ? OpeningWeight : 1);
        }

        // A phrase nearly as salient as one of its words says more: "branch libraries" rather than "libraries".
        var bestPhrase = new Dictionary<string, SectionTerm>(StringComparer.Ordinal);
        foreach (var (phrase, score) in scores.Where(s => s.Key.Kind == TermKind.Phrase))
        {
            foreach (var stem in phrase.Stems)
            {
                if (!bestPhrase.TryGetValue(stem, out var best) || score > scores[best])
                {
                    bestPhrase[stem] = phrase;
                }
            }
        }

        foreach (var (word, score) in scores.Where(s => s.Key.Kind == TermKind.Word).ToList())
        {
            if (bestPhrase.TryGetValue(word.Stems[0], out var phrase) && scores[phrase] >= PhraseShare * score)
            {
                scores[phrase] = Math.Max(scores[phrase], score);
                scores.Remove(word);
            }
        }

        return [.. scores.Select(s => (s.Key, s.Value)).OrderByDescending(t => t.Value).ThenBy(t => t.Key.Display, StringComparer.Ordinal)];
    }

    /// <summary>Titles from the best terms, then from the best terms with one left out in turn, for uniqueness.</summary>
    private static IEnumerable<string> Alternatives(List<(SectionTerm SectionTerm, double Score)> ranked, int section)
    {
        for (var skip = -1; skip < Math.Min(ranked.Count, MaxTerms + 1); skip++)
        {
            if (Compose([.. ranked.Where((_, i) => i != skip)], section) is { } title)
            {
                yield return title;
            }
        }
    }

    private static string? Compose(List<(SectionTerm SectionTerm, double Score)> ranked, int section)
    {
        var chosen = new List<SectionTerm>();
        for (var i = 0; i < ranked.Count && chosen.Count < MaxTerms; i++)
        {
            var (term, score) = ranked[i];
            if (chosen.Exists(c => c.Stems.Intersect(term.Stems).Any()))
            {
                continue;
            }

            if (chosen.Count == MaxTerms - 1 && score < ThirdTermShare * ranked[0].Score)
            {
                break;
            }

            chosen.Add(term);
            if (Join(chosen).Length > MaxTitleLength)
            {
                chosen.RemoveAt(chosen.Count - 1);
            }
        }

        if (chosen.Count == 0)
        {
            return null;
        }

        // Names first, then what happens to them ("Iran, Aliyev and the April offensive"), each group in the order
        // the section brings them up.
        var ordered = chosen.OrderBy(c => c.Kind == TermKind.Name ? 0 : 1).ThenBy(c => c.FirstSeen[section]);
        return Capitalize(Join(ordered));
    }

    private static string Join(IEnumerable<SectionTerm> terms)
    {
        var parts = terms.Select(t => t.Display).ToList();
        return parts.Count switch
        {
            1 => parts[0],
            _ => $"{string.Join(", ", parts[..^1])} and {parts[^1]}",
        };
    }

    /// <summary>The last resort, for a section without a single salient term: its opening words as written.</summary>
    private static string OpeningWords(IReadOnlyList<ParsedParagraph> section)
    {
        var words = section.SelectMany(p => p.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Take(OpeningWordsForFallback + 1).ToList();
        if (words.Count == 0)
        {
            return "Untitled";
        }

        var opening = string.Join(' ', words.Take(OpeningWordsForFallback));
        return Capitalize(words.Count > OpeningWordsForFallback ? Truncate(opening + "\u2026", MaxTitleLength) : Truncate(opening, MaxTitleLength));
    }

    // The section number keeps apart sections that open alike.
    private static string Unique(string title, int section, HashSet<string> used)
    {
        var suffix = $" ({section + 1})";
        return used.Contains(title) ? Truncate(title, MaxTitleLength - suffix.Length) + suffix : title;
    }

    private static string Truncate(string title, int maxLength)
    {
        if (title.Length <= maxLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', maxLength - 1);
        return (cut > 0 ? title[..cut] : title[..(maxLength - 1)]) + "\u2026";
    }

    private static string Capitalize(string title) => char.ToUpperInvariant(title[0]) + title[1..];
}
