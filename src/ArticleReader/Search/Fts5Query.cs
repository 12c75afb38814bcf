using System.Text;

namespace ArticleReader.Search;

/// <summary>
/// Compiles a parsed search (<see cref="SearchQuery"/>) into an SQLite FTS5 MATCH expression. Every word goes out as
/// a quoted string of word characters only, so nothing a reader types can be read as FTS5 syntax (column filters,
/// NEAR, stray quotes or brackets) and no search ends in a database error.
/// </summary>
public static class Fts5Query
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
                // The words hold only letters, digits and marks (SearchQuery.IsWordCharacter): no quote to escape.
                text.Append('"').AppendJoin(' ', phrase.Words).Append('"');
                if (phrase.Prefix)
                {
                    text.Append(" *");
                }

                break;
            case AnyNode any:
                text.Append('(');
                Join(text, any.Parts, " OR ");
                text.Append(')');
                break;
            case AllNode all:
                text.Append('(');
                Join(text, all.Parts, " AND ");
                foreach (var left in all.Without)
                {
                    text.Append(" NOT ");
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
        for (var i = 0; i < parts.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : separator);
            Write(text, parts[i]);
        }
    }
}
