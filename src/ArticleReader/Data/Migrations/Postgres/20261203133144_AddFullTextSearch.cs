using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ArticleReader.Data.Migrations.Postgres
{
    /// <summary>
    /// The PostgreSQL counterpart of the SQLite AddSearchIndex and AddNoteSearch migrations (see
    /// <c>Search/PostgresSearchIndex.cs</c>): a text-search configuration that, like FTS5's unicode61 tokenizer with
    /// remove_diacritics, folds case and accents and does not stem; the articles' search table; and a generated
    /// tsvector on the notes, which every way a note changes keeps current as the SQLite triggers do. GIN indexes both.
    /// </summary>
    public partial class AddFullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH CONFIGURATION reader_search (COPY = simple);
                ALTER TEXT SEARCH CONFIGURATION reader_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "SearchIndex" (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    kind text NOT NULL, slug text NOT NULL, article text NOT NULL, reference text NOT NULL,
                    start integer NOT NULL, "end" integer NOT NULL, title text NOT NULL, body text NOT NULL,
                    document tsvector GENERATED ALWAYS AS (to_tsvector('reader_search', title) || to_tsvector('reader_search', body)) STORED);
                CREATE INDEX "IX_SearchIndex_document" ON "SearchIndex" USING GIN (document);
                CREATE INDEX "IX_SearchIndex_slug" ON "SearchIndex" (slug);
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Notes" ADD COLUMN "SearchDocument" tsvector
                    GENERATED ALWAYS AS (to_tsvector('reader_search', "Body") || to_tsvector('reader_search', "QuoteExact")) STORED;
                CREATE INDEX "IX_Notes_SearchDocument" ON "Notes" USING GIN ("SearchDocument");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "Notes" DROP COLUMN "SearchDocument";""");
            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION reader_search;");
        }
    }
}
