using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ArticleReader.Data.Migrations
{
    /// <summary>The FTS5 table behind search (see <c>Search/SearchIndex.cs</c>); EF Core has no model for virtual tables.</summary>
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchIndex USING fts5(
                    kind UNINDEXED, slug UNINDEXED, article UNINDEXED, reference UNINDEXED, start UNINDEXED, "end" UNINDEXED,
                    title, body,
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchIndex;");
        }
    }
}
