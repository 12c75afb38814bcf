using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Ingest;

/// <summary>The start-up check of the trained models that the app and the command line run first.</summary>
public sealed class ModelFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_committed_models_load()
    {
        using var stderr = new StringWriter();

        Assert.True(ModelFiles.Load(stderr));
        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void A_missing_model_is_one_line_naming_the_file()
    {
        var path = Path.Combine(_temp.Path, "ner.model");
        using var stderr = new StringWriter();

        Assert.False(ModelFiles.Load(stderr, path));

        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_model_is_one_line_naming_the_file()
    {
        var path = _temp.File("ner.model", "not a model at all, but long enough to hold a checksum");
        using var stderr = new StringWriter();

        Assert.False(ModelFiles.Load(stderr, path));

        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Contains("corrupt", line, StringComparison.Ordinal);
    }
}
