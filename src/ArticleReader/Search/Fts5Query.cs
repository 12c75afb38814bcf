namespace ArticleReader.Search;

/// <summary>
/// Compiles a parsed search (<see cref="SearchQuery"/>) into an SQLite FTS5 MATCH expression. Every word goes out as
/// a quoted string of word characters only, so nothing a reader types can be read as FTS5 syntax (column filters,
/// NEAR, stray quotes or brackets) and no search ends in a database error.
/// </summary>
public static class Fts5Query
{
    // The words hold only letters, digits and marks (SearchQuery.IsWordCharacter): no quote to escape.
    private static readonly QueryText.Syntax Syntax = new(
        phrase => $"\"{string.Join(' ', phrase.Words)}\"" + (phrase.Prefix ? " *" : string.Empty),
        Or: " OR ",
        And: " AND ",
        AndNot: " NOT ");

    public static string Compile(QueryNode query) => QueryText.Compile(query, Syntax);
}
