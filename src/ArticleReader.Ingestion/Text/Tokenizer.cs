using System.Text.RegularExpressions;

namespace ArticleReader.Ingestion.Text;

/// <summary>
/// How a word runs on past its first letter or digit. The stages read words in slightly different ways, and the
/// trained name and claim models read their features off these exact words, so each way is a named rule here
/// rather than a tokenizer of its own.
/// </summary>
public enum WordRule
{
    /// <summary>
    /// The names view (the tagger, the encoder's input, the glossary): inner hyphens and apostrophes, the dots of an
    /// acronym (<c>U.S.</c>, its last dot included) and the colon of a model code (<c>NXT:2050i</c>); a possessive
    /// <c>’s</c> is left outside the word.
    /// </summary>
    Names,

    /// <summary>
    /// The terms view (sections): inner hyphens, apostrophes and the dots of a dotted abbreviation, which keeps its
    /// final dot; a possessive <c>’s</c> is left outside a word of more than three characters.
    /// </summary>
    Terms,

    /// <summary>The cues view (claims): letters and digits followed by any letters, digits, apostrophes and hyphens.</summary>
    Cues,
}

/// <summary>The kinds of <see cref="Tokenizer.Tokens"/>: entity matching reads numbers and symbols as well as words.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Symbol,
}

internal readonly record struct Token(TokenKind Kind, int Start, int End);

/// <summary>
/// The one tokenizer of the ingestion stages: words with their offsets into the text, under a <see cref="WordRule"/>,
/// and the tokens of entity matching (words, numbers and symbols).
/// </summary>
public static partial class Tokenizer
{
    /// <summary>The words of a sentence under the <see cref="WordRule.Names"/> rule, numbered in order.</summary>
    public static List<WordToken> Words(string source, TextSpan sentence)
    {
        var tokens = new List<WordToken>();
        var i = sentence.Start;
        while (NextWord(source, ref i, sentence.End, WordRule.Names) is { } word)
        {
            tokens.Add(new WordToken(word.Start, word.End, tokens.Count, tokens.Count == 0));
        }

        return tokens;
    }

    /// <summary>The spans of the words of <paramref name="text"/> under <paramref name="rule"/>.</summary>
    public static List<TextSpan> Words(string text, WordRule rule)
    {
        var words = new List<TextSpan>();
        var i = 0;
        while (NextWord(text, ref i, text.Length, rule) is { } word)
        {
            words.Add(word);
        }

        return words;
    }

    /// <summary>
    /// The next word at or after <paramref name="position"/> and before <paramref name="end"/>, or null when there is
    /// none; <paramref name="position"/> moves past it, so a caller can read what lies between words.
    /// </summary>
    public static TextSpan? NextWord(string text, ref int position, int end, WordRule rule)
    {
        while (position < end && !char.IsLetterOrDigit(text[position]))
        {
            position++;
        }

        if (position >= end)
        {
            return null;
        }

        var start = position;
        position = rule switch
        {
            WordRule.Names => NameEnd(text, start, end),
            WordRule.Terms => TermEnd(text, start, end),
            _ => CueEnd(text, start, end),
        };
        var minLength = rule switch
        {
            WordRule.Names => 3,
            WordRule.Terms => 4,
            _ => int.MaxValue,
        };
        var wordEnd = position;
        if (wordEnd - start >= minLength && IsApostrophe(text[wordEnd - 2]) && text[wordEnd - 1] is 's' or 'S')
        {
            wordEnd -= 2;
        }

        return new TextSpan(start, wordEnd);
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>
    /// The tokens of entity matching in a span. A number is a run of digits with inner <c>,</c> or <c>.</c> groups
    /// (<c>1,000</c>, <c>3.5</c>); letters glued to it form a separate word (<c>1990s</c> is <c>1990</c> + <c>s</c>),
    /// while a word that starts with a letter keeps its digits (<c>km2</c>, <c>A320</c>, <c>Q3</c>). Every other
    /// non-space character is a symbol of its own.
    /// </summary>
    internal static Token[] Tokens(string source, TextSpan span)
    {
        var tokens = new List<Token>();
        foreach (var match in MatchingTokens().EnumerateMatches(source.AsSpan(span.Start, span.Length)))
        {
            var start = span.Start + match.Index;
            var kind = char.IsAsciiDigit(source[start]) ? TokenKind.Number
                : char.IsLetter(source[start]) ? TokenKind.Word
                : TokenKind.Symbol;
            tokens.Add(new Token(kind, start, start + match.Length));
        }

        return [.. tokens];
    }

    private static int NameEnd(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsLetterOrDigit(text[i]) || IsNameJoiner(text, i, end)))
        {
            i++;
        }

        return i;
    }

    // A hyphen, apostrophe or dot joins two word characters (Nagorno-Karabakh, O'Neill, U.S.);
    // a dot also closes a dotted acronym (the last dot of "U.S.").
    private static bool IsNameJoiner(string text, int i, int end)
    {
        var c = text[i];
        var next = i + 1 < end ? text[i + 1] : '\0';
        if (c is '-' or '\u2011' || IsApostrophe(c))
        {
            return char.IsLetterOrDigit(next);
        }

        // "NXT:2050i": a model code, not a colon in a sentence.
        if (c == ':')
        {
            return i > 0 && char.IsUpper(text[i - 1]) && char.IsDigit(next);
        }

        if (c == '.')
        {
            var previous = i > 0 ? text[i - 1] : '\0';
            var beforePrevious = i > 1 ? text[i - 2] : '\0';
            return char.IsUpper(previous) && (beforePrevious == '.' || !char.IsLetterOrDigit(beforePrevious)) && (char.IsUpper(next) || beforePrevious == '.');
        }

        return false;
    }

    // A term runs over letters and digits and over a hyphen, apostrophe or dot between them ("Nagorno-Karabakh",
    // "don't", "U.S."); a dotted abbreviation keeps its final dot.
    private static int TermEnd(string text, int start, int end)
    {
        var i = start + 1;
        var dotted = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '.' && i + 1 < end && char.IsLetterOrDigit(text[i + 1])
                && (c != '.' || IsSingleLetterSegment(text, i)))
            {
                dotted |= c == '.';
                i += 2;
            }
            else
            {
                break;
            }
        }

        return dotted && i < end && text[i] == '.' ? i + 1 : i;
    }

    // "U.S": the dot follows a one-letter segment, unlike the end of a sentence run into the next ("end.Next").
    private static bool IsSingleLetterSegment(string text, int dot) =>
        char.IsLetter(text[dot - 1]) && (dot < 2 || !char.IsLetterOrDigit(text[dot - 2]) || text[dot - 2] == '.');

    private static int CueEnd(string text, int start, int end)
    {
        var i = start + 1;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '\u2019' or '-'))
        {
            i++;
        }

        return i;
    }

    // Numbers, words (letters first, then letters, marks, digits or superscripts, with inner apostrophes), single symbols.
    // Every alternative consumes at least one character and none can re-match its own input another way, so the
    // scan is linear.
    [GeneratedRegex(@"\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}\d²³]*(?:['’]\p{L}+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex MatchingTokens();
}
