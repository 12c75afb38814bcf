using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Models;

namespace ArticleReader.Ingestion.Tests.Models;

public sealed class ClaimSpotterFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claim-model-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_shipped_model_loads_and_scores_a_sentence_as_a_probability()
    {
        var model = ClaimSpotter.Default;
        var features = new float[ClaimFeatures.Length(model.Features)];

        Assert.InRange(model.Probability(features), 0, 1);
        Assert.InRange(model.Threshold, 0.05, 0.95);
    }

    [Fact]
    public void A_missing_model_fails_with_one_line_naming_the_file()
    {
        var path = Path.Combine(_folder, "claims.model");

        var error = Assert.Throws<ModelFileException>(() => ClaimSpotter.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("flipped byte")]
    [InlineData("truncated")]
    [InlineData("not a model")]
    public void A_corrupt_model_fails_with_one_line_naming_the_file(string damage)
    {
        var path = Path.Combine(_folder, "claims.model");
        var bytes = File.ReadAllBytes(ModelFile.DefaultPath(ClaimSpotter.FileName));
        switch (damage)
        {
            case "flipped byte":
                bytes[bytes.Length / 2] ^= 0x40;
                break;
            case "truncated":
                bytes = bytes[..(bytes.Length / 3)];
                break;
            default:
                bytes = "weights"u8.ToArray();
                break;
        }

        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<ModelFileException>(() => ClaimSpotter.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_saved_model_reads_back_the_same_scores()
    {
        var path = Path.Combine(_folder, "copy.model");
        var model = ClaimSpotter.Default;
        model.Save(path);
        var copy = ClaimSpotter.Load(path);
        var features = Enumerable.Range(0, ClaimFeatures.Length(model.Features)).Select(i => (float)Math.Sin(i)).ToArray();

        Assert.Equal(model.Probability(features), copy.Probability(features));
        Assert.Equal(File.ReadAllBytes(ModelFile.DefaultPath(ClaimSpotter.FileName)), File.ReadAllBytes(path));
    }
}
