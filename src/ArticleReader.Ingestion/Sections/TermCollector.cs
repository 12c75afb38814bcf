using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Sections;

/// <summary>
/// Collects the candidate terms of section titles from the words of each paragraph: names (capitalized runs where the
/// sentence does not require a capital), content words and two-word noun phrases, each with how often and where it occurs.
/// </summary>
internal static class TermCollector
{
    private static readonly WordSet Calendar = WordSet.FromList("ArticleReader.Ingestion.Sections.Words.calendar.txt");

    private static readonly WordSet VagueWords = WordSet.FromList("ArticleReader.Ingestion.Sections.Words.vague-words.txt");

    // Endings of adjectives, adverbs and participles, which cannot head a title phrase.
    private static readonly string[] ModifierEndings = ["ly", "ed", "al", "ic", "ous", "ive", "ful", "less", "able", "ible"];

    // Endings that make a noun whatever its context: "pragmatism", "rapprochement", "cooperation".
    private static readonly string[] NounEndings = ["ism", "ness", "tion", "tions", "ment", "ments", "ity", "ship", "ships"];

    private static readonly WordSet Determiners = WordSet.FromList("ArticleReader.Ingestion.Sections.Words.determiners.txt");

    private static readonly WordSet Prepositions = WordSet.FromList("ArticleReader.Ingestion.Sections.Words.prepositions.txt");

    private static readonly WordSet NameConnectors = WordSet.Exact(["of", "for"]);

    /// <summary>Per section, the terms that occur in it.</summary>
    public static List<List<SectionTerm>> Collect(List<List<List<Word>>> sections)
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

        var terms = new Dictionary<string, SectionTerm>(StringComparer.Ordinal);
        var sectionTerms = new List<List<SectionTerm>>();
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
    private readonly record struct Occurrence(Dictionary<string, SectionTerm> Terms, List<SectionTerm> SectionTerms, List<Word> Words, bool[] Content, int Section, int SectionCount, bool Opening, int Offset)
    {
        public void Add(TermKind kind, int start, int end)
        {
            var span = Words[start..end];
            var stems = span.Select(w => Lexicon.Fold(w.Surface)).Where(w => !NameConnectors.Contains(w)).Select(Lexicon.Stem).ToArray();
            var key = $"{kind}:{string.Join(' ', stems)}";
            if (!Terms.TryGetValue(key, out var term))
            {
                term = new SectionTerm(kind, stems, end - start, SectionCount);
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
}
