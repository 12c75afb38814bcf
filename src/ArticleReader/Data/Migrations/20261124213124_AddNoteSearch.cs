using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ArticleReader.Data.Migrations
{
    /// <summary>
    /// Full-text search over readers' notes: an FTS5 index whose content is the Notes table, kept in step by triggers,
    /// so every way a note changes (written, edited, re-anchored, deleted with its thread) reaches the index.
    /// </summary>
    public partial class AddNoteSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE NoteSearchIndex USING fts5(
                    Body, QuoteExact,
                    content = 'Notes', content_rowid = 'Id',
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER NoteSearchIndexInsert AFTER INSERT ON Notes BEGIN
                    INSERT INTO NoteSearchIndex (rowid, Body, QuoteExact) VALUES (new.Id, new.Body, new.QuoteExact);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER NoteSearchIndexDelete AFTER DELETE ON Notes BEGIN
                    INSERT INTO NoteSearchIndex (NoteSearchIndex, rowid, Body, QuoteExact) VALUES ('delete', old.Id, old.Body, old.QuoteExact);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER NoteSearchIndexUpdate AFTER UPDATE ON Notes BEGIN
                    INSERT INTO NoteSearchIndex (NoteSearchIndex, rowid, Body, QuoteExact) VALUES ('delete', old.Id, old.Body, old.QuoteExact);
                    INSERT INTO NoteSearchIndex (rowid, Body, QuoteExact) VALUES (new.Id, new.Body, new.QuoteExact);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO NoteSearchIndex (NoteSearchIndex) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER NoteSearchIndexUpdate;");
            migrationBuilder.Sql("DROP TRIGGER NoteSearchIndexDelete;");
            migrationBuilder.Sql("DROP TRIGGER NoteSearchIndexInsert;");
            migrationBuilder.Sql("DROP TABLE NoteSearchIndex;");
        }
    }
}
