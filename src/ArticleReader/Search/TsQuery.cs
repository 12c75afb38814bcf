namespace ArticleReader.Search;

/// <summary>
/// Compiles a parsed search (<see cref="SearchQuery"/>) into a PostgreSQL <c>to_tsquery</c> expression, the
/// counterpart of <see cref="Fts5Query"/>. Every word goes out as a quoted lexeme (its quotes and backslashes doubled,
/// though a word holds only word characters), so nothing a reader types is read as tsquery syntax, and the text is
/// sent as a parameter, never as SQL.
/// </summary>
public static class TsQuery
{
    // A phrase's words follow one another (<->), as in the FTS5 phrase; a prefix is the last word's ":*".
    private static readonly QueryText.Syntax Syntax = new(
        phrase => "(" + string.Join(" <-> ", phrase.Words.Select(Lexeme)) + (phrase.Prefix ? ":*)" : ")"),
        Or: " | ",
        And: " & ",
        AndNot: " & !");

    public static string Compile(QueryNode query) => QueryText.Compile(query, Syntax);

    private static string Lexeme(string word) =>
        "'" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
