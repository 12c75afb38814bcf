using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Entities;

/// <summary>Finds glossary names and aliases in tokenized text, longest first, matching case but not dash or space styles.</summary>
internal sealed class GlossaryIndex
{
    private readonly Dictionary<string, List<(string Folded, int Tokens, GlossaryEntry Entry)>> _byFirstWord = new(StringComparer.Ordinal);

    public GlossaryIndex(Glossary glossary)
    {
        foreach (var entry in glossary.Entries)
        {
            foreach (var surface in entry.Aliases.Prepend(entry.Name).Distinct(StringComparer.Ordinal))
            {
                var tokens = Tokenizer.Words(surface, new TextSpan(0, surface.Length));
                if (tokens.Count == 0)
                {
                    continue;
                }

                var first = tokens[0].Text(surface);
                if (!_byFirstWord.TryGetValue(first, out var list))
                {
                    _byFirstWord[first] = list = [];
                }

                list.Add((Fold(surface.AsSpan(tokens[0].Start, tokens[^1].End - tokens[0].Start)), tokens.Count, entry));
            }
        }

        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Tokens.CompareTo(a.Tokens));
        }
    }

    public static GlossaryIndex Empty { get; } = new(Glossary.Empty);

    public (GlossaryEntry Entry, int LastToken)? MatchAt(string source, List<WordToken> tokens, int index)
    {
        if (!_byFirstWord.TryGetValue(tokens[index].Text(source), out var candidates))
        {
            return null;
        }

        foreach (var (folded, count, entry) in candidates)
        {
            var last = index + count - 1;
            if (last < tokens.Count && Fold(source.AsSpan(tokens[index].Start, tokens[last].End - tokens[index].Start)) == folded)
            {
                return (entry, last);
            }
        }

        return null;
    }

    private static string Fold(ReadOnlySpan<char> text) => TextNormalizer.FoldTypography(text, lowerCase: false);
}
