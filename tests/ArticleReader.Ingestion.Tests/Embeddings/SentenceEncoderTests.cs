using ArticleReader.Ingestion.Embeddings;

namespace ArticleReader.Ingestion.Tests.Embeddings;

public class SentenceEncoderTests
{
    private static readonly SentenceEncoder Encoder = SentenceEncoder.Default;

    [Fact]
    public void Every_word_gets_a_contextual_vector_and_the_sentence_its_mean()
    {
        var encoded = Encoder.Encode([["The", "minister", "visited", "Nagorno-Karabakh", "."]]).Single();

        Assert.Equal(5, encoded.Words.Count);
        Assert.All(encoded.Words, v => Assert.Equal(SentenceEncoder.Dimensions, v.Length));
        Assert.All(encoded.Words, v => Assert.Contains(v, x => x != 0));
        Assert.Contains(encoded.Mean, x => x != 0);
    }

    [Fact]
    public void A_word_means_something_different_in_another_context()
    {
        var encoded = Encoder.Encode([["Jordan", "scored", "a", "basket"], ["Jordan", "signed", "a", "treaty"]]);

        Assert.NotEqual(encoded[0].Words[0], encoded[1].Words[0]);
    }

    [Fact]
    public void Batching_does_not_change_a_sentence_vectors()
    {
        IReadOnlyList<string> sentence = ["Rain", "fell", "on", "Paris", "."];
        var alone = Encoder.Encode([sentence]).Single();
        var batched = Encoder.Encode([["A", "much", "longer", "sentence", "that", "needs", "padding", "around", "the", "short", "one", "."], sentence])[1];

        for (var d = 0; d < SentenceEncoder.Dimensions; d++)
        {
            Assert.Equal(alone.Words[3][d], batched.Words[3][d], 3);
        }
    }

    [Fact]
    public void A_sentence_longer_than_the_window_is_read_in_windows()
    {
        var words = Enumerable.Range(0, 600).Select(i => i % 2 == 0 ? "word" : "another").ToList();

        var encoded = Encoder.Encode([words]).Single();

        Assert.Equal(600, encoded.Words.Count);
        Assert.All(encoded.Words, v => Assert.Contains(v, x => x != 0));
    }
}
