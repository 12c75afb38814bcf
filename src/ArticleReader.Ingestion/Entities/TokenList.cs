using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ArticleReader.Ingestion.Entities;

internal enum TokenKind
{
    Word,
    Number,
    Symbol,
}

internal readonly record struct Token(TokenKind Kind, int Start, int End);

/// <summary>A case-insensitive set of words, looked up without allocating.</summary>
internal sealed class WordSet(params string[] words)
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup =
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}

/// <summary>
/// The words, numbers and symbols of a span of text, as the entity recognizers match them. A number is a run
/// of digits with inner <c>,</c> or <c>.</c> groups (<c>1,000</c>, <c>3.5</c>); letters glued to it form a
/// separate word (<c>1990s</c> is <c>1990</c> + <c>s</c>), while a word that starts with a letter keeps its
/// digits (<c>km2</c>, <c>A320</c>, <c>Q3</c>). Every other non-space character is a symbol of its own.
/// </summary>
internal sealed partial class TokenList
{
    private static readonly WordSet Determiners = new("the", "a", "an", "its", "their", "his", "her", "our", "this", "that");

    // Prefixes glued to a year by a hyphen (`Mid-2015`, `Pre-1990`) that make no model designation of it.
    private static readonly WordSet DatePrefixes = new("mid", "pre", "post", "early", "late");

    private readonly string _source;
    private readonly Token[] _tokens;

    private TokenList(string source, Token[] tokens)
    {
        _source = source;
        _tokens = tokens;
    }

    public int Count => _tokens.Length;

    public static TokenList Read(string source, TextSpan span)
    {
        var tokens = new List<Token>();
        foreach (var match in Tokens().EnumerateMatches(source.AsSpan(span.Start, span.Length)))
        {
            var start = span.Start + match.Index;
            var kind = char.IsAsciiDigit(source[start]) ? TokenKind.Number
                : char.IsLetter(source[start]) ? TokenKind.Word
                : TokenKind.Symbol;
            tokens.Add(new Token(kind, start, start + match.Length));
        }

        return new TokenList(source, [.. tokens]);
    }

    public ReadOnlySpan<char> Text(int index) => _source.AsSpan(_tokens[index].Start, _tokens[index].End - _tokens[index].Start);

    public TextSpan Span(int first, int end) => new(_tokens[first].Start, _tokens[end - 1].End);

    public bool IsWord(int index) => InRange(index) && _tokens[index].Kind == TokenKind.Word;

    public bool IsNumber(int index) => InRange(index) && _tokens[index].Kind == TokenKind.Number;

    public bool Is(int index, string text) => InRange(index) && Text(index).Equals(text, StringComparison.OrdinalIgnoreCase);

    public bool IsIn(int index, WordSet words) => InRange(index) && words.Contains(Text(index));

    public bool IsDash(int index) =>
        InRange(index) && _tokens[index].Kind == TokenKind.Symbol && Text(index)[0] is '-' or '‐' or '‑' or '‒' or '–' or '—' or '−';

    public bool IsSymbol(int index, char symbol) =>
        InRange(index) && _tokens[index].Kind == TokenKind.Symbol && Text(index)[0] == symbol;

    /// <summary>The token follows the previous one without white space between them.</summary>
    public bool IsAttached(int index) => index > 0 && InRange(index) && _tokens[index - 1].End == _tokens[index].Start;

    public bool IsCapitalized(int index) => IsWord(index) && char.IsUpper(Text(index)[0]);

    public bool IsLowerCaseWord(int index) => IsWord(index) && char.IsLower(Text(index)[0]);

    public bool IsDeterminer(int index) => IsIn(index, Determiners);

    /// <summary>Nothing but opening quotes or brackets stand between the token and the span's start or a sentence terminator.</summary>
    public bool StartsSentence(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (_tokens[i].Kind != TokenKind.Symbol)
            {
                return false;
            }

            switch (Text(i)[0])
            {
                case '.' or '!' or '?' or '…' or ':':
                    return true;
                case '"' or '\'' or '“' or '‘' or '«' or '(' or '[':
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The number token belongs to a name rather than counting anything: a model designation such as
    /// <c>F-16</c> or <c>S-400</c>, or a number after a capitalized word inside a sentence (<c>Vision 2020</c>,
    /// <c>Boeing 737</c>, <c>Number 10</c>).
    /// </summary>
    public bool IsNamePart(int index)
    {
        if (IsDash(index - 1) && IsAttached(index) && IsAttached(index - 1) && IsWord(index - 2) &&
            HasUpperCase(Text(index - 2)) && !IsIn(index - 2, DatePrefixes))
        {
            return true;
        }

        return IsCapitalized(index - 1) && !IsAttached(index) && !StartsSentence(index - 1);
    }

    /// <summary>The number touches a <c>/</c> or <c>:</c>, as in a numeric date, a fraction or a clock time.</summary>
    public bool IsInNumericNotation(int index) =>
        (IsAttached(index) && (IsSymbol(index - 1, '/') || IsSymbol(index - 1, ':'))) ||
        (IsAttached(index + 1) && (IsSymbol(index + 1, '/') || IsSymbol(index + 1, ':')) && IsNumber(index + 2));

    private bool InRange(int index) => index >= 0 && index < _tokens.Length;

    private static bool HasUpperCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    // Numbers, words (letters first, then letters, marks, digits or superscripts, with inner apostrophes), single symbols.
    // Every alternative consumes at least one character and none can re-match its own input another way, so the
    // scan is linear.
    [GeneratedRegex(@"\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}\d²³]*(?:['’]\p{L}+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
