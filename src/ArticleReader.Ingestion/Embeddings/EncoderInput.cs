using ArticleReader.Ingestion.Entities;

namespace ArticleReader.Ingestion.Embeddings;

/// <summary>
/// The tokens of a sentence as the encoder and the trained models read them, tokenized as CoNLL-2003 is: the words of
/// <see cref="WordTokenizer"/>, a possessive <c>'s</c> as a token of its own, and every other visible character that is
/// not part of a word (punctuation, symbols) as a one-character token. Training and ingestion both call this, so a
/// model sees the same tokens in both.
/// </summary>
public static class EncoderInput
{
    public static List<TextSpan> Tokens(string source, TextSpan sentence)
    {
        var tokens = new List<TextSpan>();
        var position = sentence.Start;
        foreach (var word in WordTokenizer.Tokenize(source, sentence))
        {
            AddBetween(source, position, word.Start, tokens);
            tokens.Add(word.Span);
            position = word.End;
        }

        AddBetween(source, position, sentence.End, tokens);
        return tokens;
    }

    /// <summary>The text of each token, as the encoder takes it.</summary>
    public static IReadOnlyList<string> Words(string source, IReadOnlyList<TextSpan> tokens) => [.. tokens.Select(t => t.Slice(source))];

    private static void AddBetween(string source, int from, int to, List<TextSpan> tokens)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(source[i]) || char.IsControl(source[i]))
            {
                continue;
            }

            // A possessive left outside its word by the word tokenizer: "'s" is one token, as in CoNLL.
            if (WordTokenizer.IsApostrophe(source[i]) && i + 1 < to && source[i + 1] is 's' or 'S' && (i + 2 >= to || !char.IsLetterOrDigit(source[i + 2])))
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
