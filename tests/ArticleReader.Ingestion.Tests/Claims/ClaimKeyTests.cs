using ArticleReader.Ingestion.Claims;

namespace ArticleReader.Ingestion.Tests.Claims;

public sealed class ClaimKeyTests
{
    [Fact]
    public void Case_spacing_punctuation_and_typography_do_not_change_the_key() =>
        Assert.Equal(
            ClaimKey.For("Then president Aliyev has visited the Islamic Republic in April 2014."),
            ClaimKey.For("then  President Aliyev has visited the ‘Islamic Republic’ in April 2014"));

    [Fact]
    public void Different_claims_have_different_keys() =>
        Assert.NotEqual(ClaimKey.For("Aliyev visited Tehran in April 2014."), ClaimKey.For("Aliyev visited Tehran in April 2015."));

    [Fact]
    public void A_lightly_edited_claim_keeps_the_key_it_had_and_a_new_one_gets_its_own()
    {
        var previous = new[]
        {
            (Key: "aaaaaaaa", Text: "This is quite well covered in works of Ariel Cohen, Alexander Murinson, Gallia Lindenstrauss, Brenda Schaffer, and other less prominent experts."),
            (Key: "bbbbbbbb", Text: "Rouhani visited Baku in November 2014."),
        };
        var edited = Claim("This is quite well covered in works of Ariel Cohen, Alexander Murinson, Gallia Lindenstrauss, Brenda Shaffer, and other less prominent experts.");
        var unrelated = Claim("Putin, Rouhani and Aliyev met in Baku in August 2016.");

        var carried = ClaimKeyCarrier.CarryOver(previous, [edited, unrelated]);

        Assert.Equal("aaaaaaaa", carried[0].Key);
        Assert.Equal(unrelated.Key, carried[1].Key);
    }

    private static Claim Claim(string text) =>
        new(ClaimKey.For(text), new TextSpan(0, text.Length), text, ClaimKind.Statement, 0.7, [], null, [], []);
}
