using System.Net;
using System.Text.Json.Nodes;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Pages;

public sealed class ArticleApiTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Fact]
    public async Task An_article_is_the_same_document_the_command_line_prints()
    {
        var cli = await CliRunner.RunAsync(["ingest", RepositoryPaths.SeedArticle, "--json"], factory.ConnectionString);
        Assert.Equal(0, cli.Exit);

        var response = await factory.CreateClient().GetAsync(new Uri($"/api/articles/{HtmlPages.SeedSlug}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli.Stdout), JsonNode.Parse(body)), "the API document differs from the CLI's");
        Assert.Equal(cli.Stdout.TrimEnd(), body);
    }

    [Fact]
    public async Task The_list_holds_every_current_article_as_a_document()
    {
        var client = factory.CreateClient();

        var list = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/articles", UriKind.Relative)))!.AsArray();
        var single = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/articles/{HtmlPages.SeedSlug}", UriKind.Relative)));

        var document = Assert.Single(list);
        Assert.True(JsonNode.DeepEquals(single, document));
        Assert.Equal("articlereader.document/1", document!["schema"]!.GetValue<string>());
        Assert.NotEmpty(document["claims"]!.AsArray());
        Assert.NotEmpty(document["entities"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_slug_is_a_404_problem()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/articles/no-such-article", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(404, problem["status"]!.GetValue<int>());
        Assert.Contains("no-such-article", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
