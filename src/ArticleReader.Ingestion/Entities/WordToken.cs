namespace ArticleReader.Ingestion.Entities;

/// <summary>A word of a sentence: letters and digits with inner hyphens, apostrophes and acronym dots.</summary>
public readonly record struct WordToken(int Start, int End, int Index, bool SentenceStart)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;

    public string Text(string source) => source[Start..End];

    public bool IsCapitalized(string source) => char.IsUpper(source[Start]);

    /// <summary>Two or more letters, all upper case (digits, hyphens and dots allowed): NATO, U.S., SPIKE-LR.</summary>
    public bool IsAcronym(string source)
    {
        var letters = 0;
        for (var i = Start; i < End; i++)
        {
            var c = source[i];
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }
}

/// <summary>Splits a sentence into word tokens, leaving a possessive <c>’s</c> outside the word.</summary>
public static class WordTokenizer
{
    public static List<WordToken> Tokenize(string source, TextSpan sentence)
    {
        var tokens = new List<WordToken>();
        var i = sentence.Start;
        while (i < sentence.End)
        {
            if (!char.IsLetterOrDigit(source[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.End && (char.IsLetterOrDigit(source[i]) || IsInnerJoiner(source, i, sentence.End)))
            {
                i++;
            }

            var end = i;
            if (end - start > 2 && IsApostrophe(source[end - 2]) && source[end - 1] is 's' or 'S')
            {
                end -= 2;
            }

            tokens.Add(new WordToken(start, end, tokens.Count, tokens.Count == 0));
        }

        return tokens;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    // A hyphen, apostrophe or dot joins two word characters (Nagorno-Karabakh, O'Neill, U.S.);
    // a dot also closes a dotted acronym (the last dot of "U.S.").
    private static bool IsInnerJoiner(string source, int i, int end)
    {
        var c = source[i];
        var next = i + 1 < end ? source[i + 1] : '\0';
        if (c is '-' or '\u2011' || IsApostrophe(c))
        {
            return char.IsLetterOrDigit(next);
        }

        // "NXT:2050i": a model code, not a colon in a sentence.
        if (c == ':')
        {
            return i > 0 && char.IsUpper(source[i - 1]) && char.IsDigit(next);
        }

        if (c == '.')
        {
            var previous = i > 0 ? source[i - 1] : '\0';
            var beforePrevious = i > 1 ? source[i - 2] : '\0';
            var inAcronym = char.IsUpper(previous) && (beforePrevious == '.' || !char.IsLetterOrDigit(beforePrevious)) && (char.IsUpper(next) || beforePrevious == '.');
            return inAcronym;
        }

        return false;
    }
}
