using System.Text.Json.Nodes;
using ArticleReader.Ingestion.Relations;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Pages;

/// <summary>A relation's kind is stored by name, and the document and the actor map give it in a reader's words.</summary>
public sealed class RelationKindTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Fact]
    public async Task The_document_gives_each_relation_its_kind_and_its_label()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync(new Uri($"/api/articles/{HtmlPages.SeedSlug}", UriKind.Relative)))!;

        var relations = document["relations"]!.AsArray();
        Assert.NotEmpty(relations);
        Assert.All(relations, r =>
        {
            var kind = RelationKind.All.Single(k => Kebab(k.Name) == r!["kind"]!.GetValue<string>());
            Assert.Equal(kind.Label, r!["label"]!.GetValue<string>());
        });
        Assert.Contains(relations, r => r!["kind"]!.GetValue<string>() == "sold-weapons-to" && r["label"]!.GetValue<string>() == "sold weapons to");
    }

    [Fact]
    public async Task A_kind_the_table_does_not_list_is_stored_and_shown_by_its_name()
    {
        // An app of its own: the stored revision is changed under it before any page has kept it in memory.
        await using var app = new ReaderAppFactory();
        await app.WithDbAsync(async db =>
        {
            var relation = await db.Relations.OrderBy(r => r.Id).FirstAsync();
            relation.Kind = RelationKind.FromName("TradesWith");
            return await db.SaveChangesAsync();
        });

        Assert.Equal("TradesWith", await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("""SELECT "Kind" AS "Value" FROM "Relations" WHERE "Kind" = 'TradesWith'""").SingleAsync()));
        var actors = await app.CreateClient().GetStringAsync(new Uri($"{HtmlPages.SeedUrl}/actors", UriKind.Relative));
        Assert.Contains("<td>TradesWith</td>", actors, StringComparison.Ordinal);
    }

    private static string Kebab(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
