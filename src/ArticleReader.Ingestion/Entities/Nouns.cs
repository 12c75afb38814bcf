using ArticleReader.Ingestion.Entities.Cues;
using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Entities;

/// <summary>Spots the plural noun a number counts, without a dictionary: a word in <c>-s</c> is taken for one.</summary>
internal static class Nouns
{
    private static readonly WordSet IrregularPlurals = new([.. NameCues.Entries("irregular-plurals.txt")]);

    private static readonly WordSet NotPlurals = new([.. NameCues.Entries("not-plurals.txt")]);

    private static readonly WordSet Modifiers = new([.. NameCues.Entries("count-modifiers.txt")]);

    private const int MaxModifiers = 3;

    public static bool IsPlural(TokenList tokens, int index)
    {
        if (!tokens.IsWord(index))
        {
            return false;
        }

        var word = tokens.Text(index);
        if (tokens.IsIn(index, IrregularPlurals))
        {
            return true;
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i' or '\'' or '’') &&
            !word.Contains('\'') && !word.Contains('’') && !tokens.IsIn(index, NotPlurals);
    }

    /// <summary>The index of the plural noun counted by a number that ends at <paramref name="index"/>, if a few modifiers at most stand between.</summary>
    public static int? Counted(TokenList tokens, int index)
    {
        for (var j = index; j <= index + MaxModifiers; j++)
        {
            if (IsPlural(tokens, j))
            {
                return j;
            }

            var modifier = tokens.IsCapitalized(j) || tokens.IsIn(j, Modifiers) ||
                (tokens.IsWord(j) && tokens.Text(j).Length > 4 && tokens.Text(j).EndsWith("ed", StringComparison.Ordinal));
            if (!modifier)
            {
                return null;
            }
        }

        return null;
    }
}
