using System.Text;

namespace ArticleReader.Search;

/// <summary>
/// Compiles a parsed search (<see cref="SearchQuery"/>) into a PostgreSQL <c>to_tsquery</c> expression, the
/// counterpart of <see cref="Fts5Query"/>. Every word goes out as a quoted lexeme (its quotes and backslashes doubled,
/// though a word holds only word characters), so nothing a reader types is read as tsquery syntax, and the text is
/// sent as a parameter, never as SQL.
/// </summary>
public static class TsQuery
{
    public static string Compile(QueryNode query)
    {
        var text = new StringBuilder();
        Write(text, query);
        return text.ToString();
    }

    private static void Write(StringBuilder text, QueryNode node)
    {
        switch (node)
        {
            case PhraseNode phrase:
                // Followed by (<->): the words one after another, as the FTS5 phrase.
                text.Append('(');
                for (var i = 0; i < phrase.Words.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : " <-> ");
                    text.Append('\'').Append(phrase.Words[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append('\'');
                }

                text.Append(phrase.Prefix ? ":*)" : ")");
                break;
            case AnyNode any:
                Join(text, any.Parts, " | ");
                break;
            case AllNode all:
                text.Append('(');
                for (var i = 0; i < all.Parts.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : " & ");
                    Write(text, all.Parts[i]);
                }

                foreach (var left in all.Without)
                {
                    text.Append(" & !");
                    Write(text, left);
                }

                text.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown query node {node.GetType().Name}.", nameof(node));
        }
    }

    private static void Join(StringBuilder text, IReadOnlyList<QueryNode> parts, string separator)
    {
        text.Append('(');
        for (var i = 0; i < parts.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : separator);
            Write(text, parts[i]);
        }

        text.Append(')');
    }
}
