using System.Globalization;
using System.Text;

namespace ArticleReader.Search;

/// <summary>A parsed search: a tree that says what to find, which each database's full-text search compiles its own way.</summary>
public abstract record QueryNode;

/// <summary>
/// Words that must appear one after another (a single word is a phrase of one). A hyphenated or apostrophe word
/// (<c>Nagorno-Karabakh</c>, <c>Baku's</c>) is the phrase of its parts, as full-text indexes split it.
/// </summary>
/// <param name="Prefix">The last word may be the start of a longer one (<c>Azerbaij*</c>).</param>
public sealed record PhraseNode(IReadOnlyList<string> Words, bool Prefix) : QueryNode;

/// <summary>Every part must match, and none of <paramref name="Without"/>.</summary>
public sealed record AllNode(IReadOnlyList<QueryNode> Parts, IReadOnlyList<QueryNode> Without) : QueryNode;

/// <summary>At least one part must match.</summary>
public sealed record AnyNode(IReadOnlyList<QueryNode> Parts) : QueryNode;

/// <summary>The reader's search cannot be run, with the reason in plain words.</summary>
public sealed class SearchQueryException(string message) : Exception(message);

/// <summary>
/// Our own small query grammar, forgiving by design: words, <c>"phrases"</c>, <c>prefix*</c>, hyphenated and
/// apostrophe words, and <c>AND</c>, <c>OR</c>, <c>NOT</c> (in capitals) as operators. Words side by side must all
/// match; <c>OR</c> binds closer than that (<c>Israel drones OR missiles</c> is Israel and either word); <c>NOT</c>
/// leaves out the word or phrase after it. Punctuation separates words, an unclosed quote closes at the end, and an
/// operator with nothing to join is ignored, so any text parses or gets a plain reason.
/// </summary>
public static class SearchQuery
{
    /// <summary>The longest search accepted, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>The most words one search may hold: each becomes a term the index has to look up.</summary>
    public const int MaxWords = 32;

    private enum Kind
    {
        Phrase,
        And,
        Or,
        Not,
    }

    private sealed record Token(Kind Kind, PhraseNode? Phrase = null);

    /// <exception cref="SearchQueryException">The search is too long, holds nothing to look for, or only words to leave out.</exception>
    public static QueryNode Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new SearchQueryException($"Searches may be at most {MaxLength} characters long.");
        }

        var tokens = Tokenize(text);
        var words = tokens.Sum(t => t.Phrase?.Words.Count ?? 0);
        if (words > MaxWords)
        {
            throw new SearchQueryException($"Searches may hold at most {MaxWords} words.");
        }

        if (words == 0)
        {
            // Only operators: the reader meant the words themselves ("AND" is a word too).
            tokens = [.. tokens.Select(t => new Token(Kind.Phrase, new PhraseNode([t.Kind.ToString().ToLowerInvariant()], false)))];
        }

        if (tokens.Count == 0)
        {
            throw new SearchQueryException("Type a word to search for: punctuation alone matches nothing.");
        }

        return Build(tokens);
    }

    /// <summary>Letters, digits and combining marks make words; a hyphen or apostrophe between two of them joins them.</summary>
    public static bool IsWordCharacter(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => char.IsSurrogate(c),
    };

    private static bool IsJoiner(char c) => c is '-' or '‐' or '‑' or '\'' or '’';

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var inside = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                i = close < 0 ? text.Length : close + 1;
                var prefix = i < text.Length && text[i] == '*';
                i += prefix ? 1 : 0;
                if (Words(inside) is { Count: > 0 } phraseWords)
                {
                    tokens.Add(new Token(Kind.Phrase, new PhraseNode(phraseWords, prefix)));
                }

                continue;
            }

            if (!IsWordCharacter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordCharacter(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsWordCharacter(text[i + 1]))))
            {
                i++;
            }

            var word = text[start..i];
            var isPrefix = i < text.Length && text[i] == '*';
            i += isPrefix ? 1 : 0;
            tokens.Add(word switch
            {
                "AND" when !isPrefix => new Token(Kind.And),
                "OR" when !isPrefix => new Token(Kind.Or),
                "NOT" when !isPrefix => new Token(Kind.Not),
                _ => new Token(Kind.Phrase, new PhraseNode(Words(word), isPrefix)),
            });
        }

        return tokens;
    }

    /// <summary>The words of a text, lower-cased, split at everything that is not a word character.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordCharacter(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString().ToLowerInvariant());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString().ToLowerInvariant());
        }

        return words;
    }

    /// <summary>
    /// Groups: <c>NOT x</c> marks x as left out; phrases joined by <c>OR</c> become one choice; everything else side by
    /// side (or joined by <c>AND</c>) must all match.
    /// </summary>
    private static QueryNode Build(List<Token> tokens)
    {
        var parts = new List<QueryNode>();
        var without = new List<QueryNode>();
        var choice = new List<QueryNode>();
        var negate = false;
        var joinNext = false;

        void EndChoice()
        {
            if (choice.Count > 0)
            {
                parts.Add(choice.Count == 1 ? choice[0] : new AnyNode([.. choice]));
                choice.Clear();
            }
        }

        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case Kind.Not:
                    negate = true;
                    break;
                case Kind.Or:
                    joinNext = choice.Count > 0;
                    break;
                case Kind.And:
                    joinNext = false;
                    EndChoice();
                    break;
                default:
                    if (negate)
                    {
                        without.Add(token.Phrase!);
                        negate = false;
                        joinNext = false;
                        break;
                    }

                    if (!joinNext)
                    {
                        EndChoice();
                    }

                    choice.Add(token.Phrase!);
                    joinNext = false;
                    break;
            }
        }

        EndChoice();
        if (parts.Count == 0)
        {
            throw new SearchQueryException("Say what to look for as well as what to leave out: NOT only works after a word.");
        }

        return parts.Count == 1 && without.Count == 0 ? parts[0] : new AllNode(parts, without);
    }
}
