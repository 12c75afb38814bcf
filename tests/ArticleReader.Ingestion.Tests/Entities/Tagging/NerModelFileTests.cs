using ArticleReader.Ingestion.Models;
using ArticleReader.Ingestion.Entities.Tagging;

namespace ArticleReader.Ingestion.Tests.Entities.Tagging;

/// <summary>The committed model loads, and a missing or damaged copy is refused with one line naming the file.</summary>
public sealed class NerModelFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ner-model-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_committed_model_is_copied_beside_the_app_and_loads()
    {
        var model = NerModel.Load(NamedEntityTagger.DefaultModelPath);

        Assert.Equal(["PER", "ORG", "LOC", "MISC"], model.Types);
    }

    [Fact]
    public void A_missing_model_is_one_line_naming_the_file()
    {
        var path = Path.Combine(_folder, "ner.model");

        var error = Assert.Throws<ModelFileException>(() => NerModel.Load(path));

        AssertOneLineNaming(error.Message, path);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(-1)]
    public void A_damaged_or_truncated_model_is_refused(int offset)
    {
        var bytes = File.ReadAllBytes(NamedEntityTagger.DefaultModelPath);
        var path = Path.Combine(_folder, "ner.model");
        if (offset < 0)
        {
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        }
        else
        {
            bytes[offset] ^= 0x5a;
            File.WriteAllBytes(path, bytes);
        }

        var error = Assert.Throws<ModelFileException>(() => NerModel.Load(path));

        AssertOneLineNaming(error.Message, path);
        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_model_loads_back_to_the_same_tags()
    {
        var model = NerModel.Load(NamedEntityTagger.DefaultModelPath);
        var path = Path.Combine(_folder, "copy.model");

        model.Save(path);

        Assert.Equal(File.ReadAllBytes(NamedEntityTagger.DefaultModelPath), File.ReadAllBytes(path));
    }

    private static void AssertOneLineNaming(string message, string path)
    {
        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }
}
