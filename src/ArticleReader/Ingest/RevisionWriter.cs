using System.Data.Common;
using ArticleReader.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ArticleReader.Ingest;

/// <summary>
/// Inserts the rows of a new revision (the article, its structure, entities, claims, flags and relations) inside the
/// caller's transaction, through one prepared <c>INSERT … RETURNING</c> command per table. EF Core's SQLite provider
/// sends every row as a command of its own, which made storing a 40 KB article (some 1,700 rows) take most of a second
/// on top of its ingest; table names, columns and value conversions still come from the EF model, so the rows are the
/// ones <c>SaveChanges</c> would write.
/// </summary>
public static class RevisionWriter
{
    /// <summary>Writes <paramref name="article"/> and every row under it, setting their ids and foreign keys.</summary>
    public static async Task WriteAsync(ReaderDbContext db, Article article, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A revision is written inside the ingest transaction.");
        var inserts = new Dictionary<Type, TableInsert>();
        try
        {
            // Each row gets its parents' ids first, then its own; rows below it follow.
            async Task EachAsync<T>(IEnumerable<T> rows, Action<T> link, Func<T, Task>? below = null) where T : class
            {
                foreach (var row in rows)
                {
                    link(row);
                    if (!inserts.TryGetValue(typeof(T), out var insert))
                    {
                        insert = TableInsert.Create(db, typeof(T), transaction);
                        inserts.Add(typeof(T), insert);
                    }

                    await insert.ExecuteAsync(row, cancellationToken);
                    if (below is not null)
                    {
                        await below(row);
                    }
                }
            }

            await EachAsync([article], _ => { });
            await EachAsync(article.Authors, a => a.ArticleId = article.Id);
            await EachAsync(article.Boilerplate, b => b.ArticleId = article.Id);
            await EachAsync(article.Sections, s => s.ArticleId = article.Id, section =>
                EachAsync(section.Paragraphs, p => p.SectionId = section.Id, paragraph =>
                    EachAsync(paragraph.Sentences, s => s.ParagraphId = paragraph.Id)));
            await EachAsync(article.Entities, e => e.ArticleId = article.Id, entity =>
                EachAsync(entity.Mentions, m => (m.ArticleId, m.EntityId) = (article.Id, entity.Id)));
            await EachAsync(article.Claims, c => (c.ArticleId, c.SentenceId) = (article.Id, c.Sentence.Id), claim =>
                EachAsync(claim.Hedges, h => h.ClaimId = claim.Id));
            await EachAsync(article.Flags, f => f.ArticleId = article.Id);
            await EachAsync(article.Relations, r => r.ArticleId = article.Id);
        }
        finally
        {
            foreach (var insert in inserts.Values)
            {
                await insert.DisposeAsync();
            }
        }
    }

    /// <summary>One table's prepared insert: every mapped column but the generated key, which it reads back onto the row.</summary>
    private sealed class TableInsert(DbCommand command, IProperty key, IReadOnlyList<(IProperty Property, DbParameter Parameter)> columns) : IAsyncDisposable
    {
        public static TableInsert Create(ReaderDbContext db, Type type, DbTransaction transaction)
        {
            var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var key = entityType.FindPrimaryKey()!.Properties.Single();
            var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            var columns = new List<(IProperty, DbParameter)>();
            foreach (var property in entityType.GetProperties().Where(p => p != key))
            {
                var mapping = (RelationalTypeMapping)property.GetTypeMapping();
                var parameter = mapping.CreateParameter(command, sql.GenerateParameterName($"p{columns.Count}"), null, property.IsNullable);
                command.Parameters.Add(parameter);
                columns.Add((property, parameter));
            }

            var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Item1.GetColumnName(table)!)));
            var values = string.Join(", ", columns.Select(c => c.Item2.ParameterName));
            command.CommandText =
                $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ({values}) RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}";
            command.Prepare();
            return new TableInsert(command, key, columns);
        }

        /// <summary>Inserts the row and sets its generated key.</summary>
        public async Task ExecuteAsync(object row, CancellationToken cancellationToken)
        {
            foreach (var (property, parameter) in columns)
            {
                var value = property.GetGetter().GetClrValue(row);
                var converter = property.GetTypeMapping().Converter;
                parameter.Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            var id = await command.ExecuteScalarAsync(cancellationToken);
            key.PropertyInfo!.SetValue(row, Convert.ChangeType(id, key.ClrType, System.Globalization.CultureInfo.InvariantCulture));
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }
}
