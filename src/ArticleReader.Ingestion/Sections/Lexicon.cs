using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Sections;

/// <summary>A word of a paragraph and how it sits in its sentence.</summary>
/// <param name="Surface">The word as written, without a possessive <c>'s</c>.</param>
/// <param name="SentenceInitial">Whether the word opens a sentence, where capitals say nothing about names.</param>
/// <param name="Adjacent">Whether only white space separates it from the previous word, so the two can form a phrase.</param>
internal readonly record struct Word(string Surface, bool SentenceInitial, bool Adjacent)
{
    public bool IsCapitalized => char.IsUpper(Surface[0]);
}

/// <summary>The word handling of the section stages: their words (<see cref="WordRule.Terms"/>), stop words and a light stemmer.</summary>
internal static class Lexicon
{
    private const int MinStemLength = 3;

    // Longer "words" are URLs or runs of symbols, not vocabulary.
    private const int MaxWordLength = 64;

    // Tried in order, each before any shorter suffix it ends with; a strip must leave MinStemLength letters.
    private static readonly string[] DerivationalSuffixes =
    [
        "ations", "ation", "ness", "ish", "ment", "ance", "ence", "able", "ible", "ity", "ism", "ist", "ive", "ous", "ian",
        "ly", "al", "ic", "ia", "er", "y",
    ];

    // Function words and the most common verbs and adverbs of English prose; they carry no topic.
    private static readonly WordSet StopWords = WordSet.FromList("ArticleReader.Ingestion.Text.Words.stop-words.txt");

    /// <summary>The words of <paramref name="text"/> in order.</summary>
    public static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var sentenceStart = true;
        var adjacent = false;
        var i = 0;
        var gap = 0;
        while (Tokenizer.NextWord(text, ref i, text.Length, WordRule.Terms) is { } word)
        {
            foreach (var c in text.AsSpan(gap, word.Start - gap))
            {
                if (c is '.' or '?' or '!' or ':' or ';')
                {
                    sentenceStart = c is not ';';
                }

                // Quotes and brackets around a word do not break a phrase; any other mark does.
                adjacent &= char.IsWhiteSpace(c) || c is '"' or '\u201C' or '\u201D' or '(' or ')';
            }

            words.Add(new Word(word.Slice(text), sentenceStart, adjacent && words.Count > 0));
            sentenceStart = false;
            adjacent = true;
            gap = i;
        }

        return words;
    }

    /// <summary>
    /// Adds the terms of <paramref name="text"/> to <paramref name="counts"/>: what <see cref="TermOf(string)"/> gives
    /// for each word, without a string for every word, as the segmenter reads every paragraph of every article.
    /// </summary>
    public static void CountTerms(string text, Dictionary<string, int> counts)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxWordLength];
        var i = 0;
        while (Tokenizer.NextWord(text, ref i, text.Length, WordRule.Terms) is { } span)
        {
            var word = text.AsSpan(span.Start, span.Length);
            if (word.Length <= MaxWordLength && TermOf(word, buffer) is var length and > 0)
            {
                var term = buffer[..length];
                lookup[term] = lookup.TryGetValue(term, out var count) ? count + 1 : 1;
            }
        }
    }

    /// <summary>Lower case with a straight apostrophe, the form stop words and stems are looked up in.</summary>
    public static string Fold(string surface) => surface.ToLowerInvariant().Replace('\u2019', '\'');

    public static bool IsStopWord(string folded) => StopWords.Contains(folded);

    /// <summary>The stem a content word is counted under, or null for stop words, numbers and single letters.</summary>
    public static string? TermOf(string surface)
    {
        if (surface.Length > MaxWordLength)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[surface.Length];
        var length = TermOf(surface, buffer);
        return length > 0 ? buffer[..length].ToString() : null;
    }

    /// <summary>The stem of a folded word, such as the stems of a name's words.</summary>
    public static string Stem(string folded)
    {
        var buffer = folded.Length <= MaxWordLength ? stackalloc char[folded.Length] : new char[folded.Length];
        folded.CopyTo(buffer);
        return buffer[..Stem(buffer)].ToString();
    }

    // Folds and stems a word into the buffer and returns the stem's length, or 0 when the word is no term.
    private static int TermOf(ReadOnlySpan<char> surface, Span<char> buffer)
    {
        var word = buffer[..surface.Length];
        var letters = false;
        for (var i = 0; i < surface.Length; i++)
        {
            word[i] = surface[i] == '\u2019' ? '\'' : char.ToLowerInvariant(surface[i]);
            letters |= char.IsLetter(word[i]);
        }

        return word.Length < 2 || !letters || StopWords.Contains(word) ? 0 : Stem(word);
    }

    /// <summary>
    /// A light suffix stripper in the spirit of Porter's first steps: inflection, then up to two derivational
    /// suffixes, then a final e; "Iranian" and "Iran", "Russia" and "Russian", "states" and "state" meet.
    /// Works in place and returns the stem's length.
    /// </summary>
    private static int Stem(Span<char> word)
    {
        var length = word.Length;
        ReadOnlySpan<char> Current(Span<char> w) => w[..length];

        if (Current(word).EndsWith("ies") && length > 4)
        {
            length -= 2;
            word[length - 1] = 'y';
        }
        else if (Current(word).EndsWith("sses"))
        {
            length -= 2;
        }
        else if (Current(word).EndsWith("s") && length > MinStemLength && !Current(word).EndsWith("ss")
            && !Current(word).EndsWith("us") && !Current(word).EndsWith("is"))
        {
            length--;
        }

        if (Current(word).EndsWith("ing") && length - 3 >= MinStemLength)
        {
            length -= 3;
        }
        else if (Current(word).EndsWith("ed") && length - 2 >= MinStemLength)
        {
            length -= 2;
        }

        for (var pass = 0; pass < 2; pass++)
        {
            var stripped = false;
            foreach (var suffix in DerivationalSuffixes)
            {
                if (Current(word).EndsWith(suffix) && length - suffix.Length >= MinStemLength)
                {
                    length -= suffix.Length;
                    stripped = true;
                    break;
                }
            }

            if (!stripped)
            {
                break;
            }
        }

        // Demonyms such as "Israeli" or "Azerbaijani" end in an i after a consonant, which English words rarely do.
        if (length > 5 && word[length - 1] == 'i' && !IsVowel(word[length - 2]))
        {
            length--;
        }

        return length > MinStemLength + 1 && word[length - 1] == 'e' ? length - 1 : length;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
