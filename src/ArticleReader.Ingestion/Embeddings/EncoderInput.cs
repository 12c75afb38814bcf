using ArticleReader.Ingestion.Entities.Cues;
using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Embeddings;

/// <summary>
/// The tokens of a sentence as the encoder and the trained models read them, tokenized as CoNLL-2003 is: the words of
/// <see cref="Tokenizer"/>, a possessive <c>'s</c> as a token of its own, the dot of an initial, a listed
/// abbreviation or a list number inside the sentence kept with its word (<c>P.</c>, <c>Mr.</c>, <c>Inc.</c>, <c>1.</c>), and every
/// other visible character that is not part of a word (punctuation, symbols) as a one-character token. Training and ingestion both call this, so a
/// model sees the same tokens in both.
/// </summary>
public static class EncoderInput
{
    public static List<TextSpan> Tokens(string source, TextSpan sentence)
    {
        var tokens = new List<TextSpan>();
        var position = sentence.Start;
        var last = sentence.End;
        while (last > sentence.Start && char.IsWhiteSpace(source[last - 1]))
        {
            last--;
        }

        foreach (var word in Tokenizer.Words(source, sentence))
        {
            AddBetween(source, position, word.Start, tokens);
            var end = KeepsDot(source, word, last) ? word.End + 1 : word.End;
            tokens.Add(new TextSpan(word.Start, end));
            position = end;
        }

        AddBetween(source, position, sentence.End, tokens);
        return tokens;
    }

    /// <summary>The text of each token, as the encoder takes it.</summary>
    public static IReadOnlyList<string> Words(string source, IReadOnlyList<TextSpan> tokens) => [.. tokens.Select(t => t.Slice(source))];

    /// <summary>A dot right after the word that abbreviates it, and is not the sentence's own full stop.</summary>
    private static bool KeepsDot(string source, WordToken word, int sentenceEnd)
    {
        if (word.End + 1 >= sentenceEnd || source[word.End] != '.' || source[word.End - 1] == '.')
        {
            return false;
        }

        var text = source.AsSpan(word.Start, word.Length);
        var initial = text.Length == 1 && char.IsUpper(text[0]);
        var listNumber = text.Length <= 2 && !text.ContainsAnyExceptInRange('0', '9') && word.SentenceStart;
        return initial || listNumber || NameCues.Abbreviations.Contains(text.ToString().ToLowerInvariant());
    }

    private static void AddBetween(string source, int from, int to, List<TextSpan> tokens)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(source[i]) || char.IsControl(source[i]))
            {
                continue;
            }

            // A possessive left outside its word by the word tokenizer: "'s" is one token, as in CoNLL.
            if (Tokenizer.IsApostrophe(source[i]) && i + 1 < to && source[i + 1] is 's' or 'S' && (i + 2 >= to || !char.IsLetterOrDigit(source[i + 2])))
            {
                tokens.Add(new TextSpan(i, i + 2));
                i++;
                continue;
            }

            var length = char.IsHighSurrogate(source[i]) && i + 1 < to ? 2 : 1;
            tokens.Add(new TextSpan(i, i + length));
            i += length - 1;
        }
    }
}
