using ArticleReader.Documents;
using ArticleReader.Ingest;
using ArticleReader.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Hardening;

/// <summary>Large articles: the JSON document is streamed (and is the same bytes), the command line tells its progress.</summary>
public sealed class LargeArticleTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Fact]
    public async Task The_streamed_api_document_is_byte_for_byte_the_document_ingest_json_prints()
    {
        var streamed = await factory.CreateClient().GetStringAsync(new Uri($"/api/articles/{HtmlPages.SeedSlug}", UriKind.Relative));

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ArticleStore>().LoadDocumentAsync(HtmlPages.SeedSlug);
        Assert.Equal(DocumentMapper.ToJson(DocumentMapper.ToDocument(stored!)), streamed);
    }

    [Fact]
    public async Task Ingest_on_a_terminal_tells_each_phase_and_percent_on_stderr_and_stdout_stays_the_summary()
    {
        using var temp = new TempFolder();
        var result = await CliRunner.RunAsync(["ingest", RepositoryPaths.SeedArticle], $"Data Source={Path.Combine(temp.Path, "reader.db")}", showProgress: true);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.Equal(0, result.Exit);
        foreach (var phase in new[] { "reading", "structure", "encoding", "entities", "claims", "storing", "done" })
        {
            Assert.Contains($"ingest: {phase}", result.Stderr, StringComparison.Ordinal);
        }

        Assert.Contains(" 100%", result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("created ", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("%", result.Stdout, StringComparison.Ordinal);
    }
}
