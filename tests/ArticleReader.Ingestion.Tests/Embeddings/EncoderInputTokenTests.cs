using ArticleReader.Ingestion.Embeddings;

namespace ArticleReader.Ingestion.Tests.Embeddings;

/// <summary>The tokens the models read are CoNLL-2003's: initials, listed abbreviations and list numbers keep their dot.</summary>
public sealed class EncoderInputTokenTests
{
    [Theory]
    [InlineData("P. Simmons took 4-38 for Somerset.", "P.|Simmons|took|4-38|for|Somerset|.")]
    [InlineData("Mr. Smith joined Acme Inc. in the U.S. last year.", "Mr.|Smith|joined|Acme|Inc.|in|the|U.S.|last|year|.")]
    [InlineData("1. Jan Ullrich (Germany)", "1.|Jan|Ullrich|(|Germany|)")]
    [InlineData("He moved to Washington's suburbs in 1996.", "He|moved|to|Washington|'s|suburbs|in|1996|.")]
    [InlineData("The vote was held on Plan B.", "The|vote|was|held|on|Plan|B|.")]
    public void Sentences_are_tokenized_as_the_tagger_was_trained(string sentence, string expected)
    {
        var tokens = EncoderInput.Tokens(sentence, new TextSpan(0, sentence.Length));

        Assert.Equal(expected, string.Join('|', EncoderInput.Words(sentence, tokens)));
    }
}
