using System.Text;

namespace ArticleReader.Search;

/// <summary>
/// Writes a parsed search (<see cref="SearchQuery"/>) as a database's full-text query text: the tree's shape is the
/// same for every database, only the words for a phrase and the operators differ (<see cref="Fts5Query"/>,
/// <see cref="TsQuery"/>).
/// </summary>
public static class QueryText
{
    /// <summary>How one database writes a phrase, and "or", "and" and "and not" between parts.</summary>
    public sealed record Syntax(Func<PhraseNode, string> Phrase, string Or, string And, string AndNot);

    public static string Compile(QueryNode query, Syntax syntax)
    {
        var text = new StringBuilder();
        Write(text, query, syntax);
        return text.ToString();
    }

    private static void Write(StringBuilder text, QueryNode node, Syntax syntax)
    {
        switch (node)
        {
            case PhraseNode phrase:
                text.Append(syntax.Phrase(phrase));
                break;
            case AnyNode any:
                text.Append('(');
                Join(text, any.Parts, syntax.Or, syntax);
                text.Append(')');
                break;
            case AllNode all:
                text.Append('(');
                Join(text, all.Parts, syntax.And, syntax);
                foreach (var left in all.Without)
                {
                    text.Append(syntax.AndNot);
                    Write(text, left, syntax);
                }

                text.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown query node {node.GetType().Name}.", nameof(node));
        }
    }

    private static void Join(StringBuilder text, IReadOnlyList<QueryNode> parts, string separator, Syntax syntax)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : separator);
            Write(text, parts[i], syntax);
        }
    }
}
