using ArticleReader.Ingestion.Text;

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

    private static readonly WordSet Calendar = WordSet.FromList("ArticleReader.Ingestion.Sections.Words.calendar.txt");

    private static readonly WordSet VagueWords = WordSet.FromList("ArticleReader.Ingestion.Sections.Words.vague-words.txt");

    // Endings of adjectives, adverbs and participles, which cannot head a title phrase.
    private static readonly string[] ModifierEndings = ["ly", "ed", "al", "ic", "ous", "ive", "ful", "less", "able", "ible"];

    // Endings that make a noun whatever its context: "pragmatism", "rapprochement", "cooperation".
    private static readonly string[] NounEndings = ["ism", "ness", "tion", "tions", "ment", "ments", "ity", "ship", "ships"];

    private static readonly WordSet Determiners = WordSet.FromList("ArticleReader.Ingestion.Sections.Words.determiners.txt");

    private static readonly WordSet Prepositions = WordSet.FromList("ArticleReader.Ingestion.Sections.Words.prepositions.txt");

    private static readonly WordSet NameConnectors = WordSet.Exact(["of", "for"]);

    private enum TermKind
    {
        Name,
        Phrase,
        Word,
    }

    /// <summary>One title per section, in order; unique, non-empty and at most <see cref="MaxTitleLength"/> characters.</summary>
    public IReadOnlyList<string> Title(IReadOnlyList<IReadOnlyList<ParsedParagraph>> sections)
    {
        var words = sections.Select(s => s.Select(p => Lexicon.Words(p.Text)).ToList()).ToList();
        var sectionTerms = CollectTerms(words);

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

    /// <summary>Per section, the terms that occur in it.</summary>
    private static List<List<Term>> CollectTerms(List<List<List<Word>>> sections)
    {
        var paragraphs = sections.SelectMany(s => s).ToList();

        // A capital only marks a name where the sentence does not already require one.
        var midSentenceCapitals = paragraphs.SelectMany(p => p)
            .Where(w => w.IsCapitalized && !w.SentenceInitial)
            .Select(w => w.Surface)
            .ToHashSet(StringComparer.Ordinal);

        // Surnames used on their own ("Rouhani"), so that "Hassan Rouhani" counts as the same person.
        var singleNames = paragraphs
            .SelectMany(p => NameRuns(p, midSentenceCapitals).Where(r => r.End - r.Start == 1).Select(r => p[r.Start].Surface))
            .ToHashSet(StringComparer.Ordinal);

        var terms = new Dictionary<string, Term>(StringComparer.Ordinal);
        var sectionTerms = new List<List<Term>>();
        for (var s = 0; s < sections.Count; s++)
        {
            sectionTerms.Add([]);
            var offset = 0;
            for (var p = 0; p < sections[s].Count; p++)
            {
                var paragraph = sections[s][p];
                var content = paragraph.Select(IsContentWord).ToArray();
                var occurrence = new Occurrence(terms, sectionTerms[s], paragraph, content, s, sections.Count, p == 0, offset);
                offset += paragraph.Count;
                var inName = new bool[paragraph.Count];
                foreach (var (start, end) in NameRuns(paragraph, midSentenceCapitals))
                {
                    var first = end - start == 2 && singleNames.Contains(paragraph[start + 1].Surface) ? start + 1 : start;
                    occurrence.Add(TermKind.Name, first, end);
                    Array.Fill(inName, true, start, end - start);
                }

                for (var i = 0; i < paragraph.Count; i++)
                {
                    if (inName[i] || !content[i])
                    {
                        continue;
                    }

                    occurrence.Add(TermKind.Word, i, i + 1);
                    if (i > 0 && paragraph[i].Adjacent && !inName[i - 1] && content[i - 1] && IsHead(paragraph[i])
                        && !paragraph[i - 1].Surface.EndsWith("ly", StringComparison.Ordinal))
                    {
                        occurrence.Add(TermKind.Phrase, i - 1, i + 1);
                    }
                }
            }
        }

        return sectionTerms;
    }

    /// <summary>The runs of words that form names, such as "South Caucasus" or "Center for Strategic Studies".</summary>
    private static IEnumerable<(int Start, int End)> NameRuns(List<Word> words, HashSet<string> midSentenceCapitals)
    {
        var start = 0;
        while (start < words.Count)
        {
            if (!IsName(words[start], midSentenceCapitals))
            {
                start++;
                continue;
            }

            var end = start + 1;
            while (end < words.Count && words[end].Adjacent)
            {
                if (IsName(words[end], midSentenceCapitals))
                {
                    end++;
                }
                else if (NameConnectors.Contains(words[end].Surface) && end + 1 < words.Count && words[end + 1].Adjacent
                    && IsName(words[end + 1], midSentenceCapitals))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            yield return (start, end);
            start = end;
        }
    }

    private static bool IsName(Word word, HashSet<string> midSentenceCapitals)
    {
        if (!word.IsCapitalized || !word.Surface.Any(char.IsLetter))
        {
            return false;
        }

        // An acronym is a name even when it spells a function word ("US", "WHO").
        var folded = Lexicon.Fold(word.Surface);
        var acronym = word.Surface.Length > 1 && !word.Surface.Any(char.IsLower);
        return (acronym || (!Lexicon.IsStopWord(folded) && !Calendar.Contains(folded)))
            && (!word.SentenceInitial || midSentenceCapitals.Contains(word.Surface));
    }

    private static bool IsContentWord(Word word)
    {
        var folded = Lexicon.Fold(word.Surface);
        return folded.Length > 2 && Lexicon.TermOf(word.Surface) is not null && !Calendar.Contains(folded) && !VagueWords.Contains(folded);
    }

    /// <summary>Whether a lower-case word could head a noun phrase, judged by its ending.</summary>
    private static bool IsHead(Word word)
    {
        var folded = Lexicon.Fold(word.Surface);
        return !Array.Exists(ModifierEndings, e => folded.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>Records the terms met in one paragraph of one section, <paramref name="Offset"/> words into it.</summary>
    private readonly record struct Occurrence(Dictionary<string, Term> Terms, List<Term> SectionTerms, List<Word> Words, bool[] Content, int Section, int SectionCount, bool Opening, int Offset)
    {
        public void Add(TermKind kind, int start, int end)
        {
            var span = Words[start..end];
            var stems = span.Select(w => Lexicon.Fold(w.Surface)).Where(w => !NameConnectors.Contains(w)).Select(Lexicon.Stem).ToArray();
            var key = $"{kind}:{string.Join(' ', stems)}";
            if (!Terms.TryGetValue(key, out var term))
            {
                term = new Term(kind, stems, end - start, SectionCount);
                Terms.Add(key, term);
            }

            if (term.Counts[Section]++ == 0)
            {
                SectionTerms.Add(term);
            }

            term.InOpening[Section] |= Opening;
            term.FirstSeen[Section] = Math.Min(term.FirstSeen[Section], Offset + start);

            // Names keep their casing; a common word capitalized only because it opens a sentence does not.
            var surface = string.Join(' ', span.Select(w => w.Surface));
            if (kind != TermKind.Name)
            {
                surface = surface.ToLowerInvariant();
            }

            // A common word seen only as a modifier never names a section; a name still may ("Millbrook").
            var nounUse = IsNounUse(kind, start, end);
            if (nounUse || kind == TermKind.Name)
            {
                term.Surfaces[surface] = term.Surfaces.GetValueOrDefault(surface) + 1;
            }

            if (!nounUse)
            {
                return;
            }

            term.NounUses++;
            if (start > 0 && Lexicon.Fold(Words[start - 1].Surface) == "the")
            {
                term.WithArticle++;
            }
        }

        /// <summary>
        /// Whether the words stand as a noun, the only part of speech a title can list. Without a tagger this is read
        /// from the neighbours: a determiner or preposition before (perhaps with one modifier between) or a nominal
        /// ending makes a noun, a following noun makes a modifier ("Dutch traders", "branch libraries").
        /// </summary>
        private bool IsNounUse(TermKind kind, int start, int end)
        {
            if (end < Words.Count && Words[end].Adjacent && !Words[end].IsCapitalized && Content[end] && IsHead(Words[end]))
            {
                return false;
            }

            if (kind == TermKind.Name)
            {
                return true;
            }

            var head = Lexicon.Fold(Words[end - 1].Surface);
            var before = start > 0 ? Lexicon.Fold(Words[start - 1].Surface) : string.Empty;
            var twoBefore = start > 1 && Content[start - 1] ? Lexicon.Fold(Words[start - 2].Surface) : string.Empty;
            return Array.Exists(NounEndings, e => head.EndsWith(e, StringComparison.Ordinal))
                || (IsHead(Words[end - 1]) && (IsNounMarker(before) || IsNounMarker(twoBefore)));
        }
    }

    private static bool IsNounMarker(string folded) => Determiners.Contains(folded) || Prepositions.Contains(folded);

    /// <summary>The terms occurring in section <paramref name="section"/> with their scores, most salient first.</summary>
    private static List<(Term Term, double Score)> Rank(List<Term> terms, int section, int sectionCount)
    {
        var scores = new Dictionary<Term, double>();
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
        var bestPhrase = new Dictionary<string, Term>(StringComparer.Ordinal);
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
    private static IEnumerable<string> Alternatives(List<(Term Term, double Score)> ranked, int section)
    {
        for (var skip = -1; skip < Math.Min(ranked.Count, MaxTerms + 1); skip++)
        {
            if (Compose([.. ranked.Where((_, i) => i != skip)], section) is { } title)
            {
                yield return title;
            }
        }
    }

    private static string? Compose(List<(Term Term, double Score)> ranked, int section)
    {
        var chosen = new List<Term>();
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

    private static string Join(IEnumerable<Term> terms)
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

    private sealed class Term(TermKind kind, string[] stems, int wordCount, int sectionCount)
    {
        public TermKind Kind { get; } = kind;

        public string[] Stems { get; } = stems;

        public int WordCount { get; } = wordCount;

        public int[] Counts { get; } = new int[sectionCount];

        public bool[] InOpening { get; } = new bool[sectionCount];

        /// <summary>Per section, the position of the first word of the first occurrence.</summary>
        public int[] FirstSeen { get; } = Enumerable.Repeat(int.MaxValue, sectionCount).ToArray();

        /// <summary>Spellings with their counts: of every use for a name, of uses as a noun for common words.</summary>
        public Dictionary<string, int> Surfaces { get; } = new(StringComparer.Ordinal);

        public int NounUses { get; set; }

        public int WithArticle { get; set; }

        // Both are read only once every section has been counted.
        private string? _display;
        private int? _documentFrequency;

        /// <summary>
        /// How the term reads in a title. A name takes its shortest spelling, the noun among the forms the stemmer
        /// joined ("Iran", not "Iranian"); a common word its most frequent one. A name or a single word takes "the"
        /// when the text mostly gives it one ("the West", "the tram"); a phrase never ("regional security").
        /// </summary>
        public string Display => _display ??= Surfaces
            .OrderBy(s => Kind == TermKind.Name ? s.Key.Length : 0)
            .ThenByDescending(s => s.Value)
            .ThenBy(s => s.Key.Length)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => Kind != TermKind.Phrase && NounUses > 0 && WithArticle * 2 > NounUses ? "the " + s.Key : s.Key)
            .First();

        /// <summary>In how many sections the term occurs.</summary>
        public int DocumentFrequency => _documentFrequency ??= Counts.Count(c => c > 0);
    }
}
