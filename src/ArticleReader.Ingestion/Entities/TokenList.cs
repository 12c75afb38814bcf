using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Entities;

/// <summary>
/// The words, numbers and symbols of a span of text (<see cref="Tokenizer.Tokens"/>), with the questions the entity
/// recognizers ask of them.
/// </summary>
internal sealed class TokenList
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

    public static TokenList Read(string source, TextSpan span) => new(source, Tokenizer.Tokens(source, span));

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
}
