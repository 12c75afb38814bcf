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
/// sends every row as a command of its own, which made storing a 30 KB article (some 1,700 rows) take most of a second
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
            async Task<int> InsertAsync<T>(T row) where T : class
            {
                if (!inserts.TryGetValue(typeof(T), out var insert))
                {
                    insert = TableInsert.Create(db, typeof(T), transaction);
                    inserts.Add(typeof(T), insert);
                }

                return await insert.ExecuteAsync(row, cancellationToken);
            }

            article.Id = await InsertAsync(article);
            foreach (var author in article.Authors)
            {
                author.ArticleId = article.Id;
                author.Id = await InsertAsync(author);
            }

            foreach (var block in article.Boilerplate)
            {
                block.ArticleId = article.Id;
                block.Id = await InsertAsync(block);
            }

            foreach (var section in article.Sections)
            {
                section.ArticleId = article.Id;
                section.Id = await InsertAsync(section);
                foreach (var paragraph in section.Paragraphs)
                {
                    paragraph.SectionId = section.Id;
                    paragraph.Id = await InsertAsync(paragraph);
                    foreach (var sentence in paragraph.Sentences)
                    {
                        sentence.ParagraphId = paragraph.Id;
                        sentence.Id = await InsertAsync(sentence);
                    }
                }
            }

            foreach (var entity in article.Entities)
            {
                entity.ArticleId = article.Id;
                entity.Id = await InsertAsync(entity);
                foreach (var mention in entity.Mentions)
                {
                    mention.ArticleId = article.Id;
                    mention.EntityId = entity.Id;
                    mention.Id = await InsertAsync(mention);
                }
            }

            foreach (var claim in article.Claims)
            {
                claim.ArticleId = article.Id;
                claim.SentenceId = claim.Sentence.Id;
                claim.Id = await InsertAsync(claim);
                foreach (var hedge in claim.Hedges)
                {
                    hedge.ClaimId = claim.Id;
                    hedge.Id = await InsertAsync(hedge);
                }
            }

            foreach (var flag in article.Flags)
            {
                flag.ArticleId = article.Id;
                flag.Id = await InsertAsync(flag);
            }

            foreach (var relation in article.Relations)
            {
                relation.ArticleId = article.Id;
                relation.Id = await InsertAsync(relation);
            }
        }
        finally
        {
            foreach (var insert in inserts.Values)
            {
                await insert.DisposeAsync();
            }
        }
    }

    /// <summary>One table's prepared insert: every mapped column but the generated key, which it returns.</summary>
    private sealed class TableInsert(DbCommand command, IReadOnlyList<(IProperty Property, DbParameter Parameter)> columns) : IAsyncDisposable
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
            return new TableInsert(command, columns);
        }

        public async Task<int> ExecuteAsync(object row, CancellationToken cancellationToken)
        {
            foreach (var (property, parameter) in columns)
            {
                var value = property.GetGetter().GetClrValue(row);
                var converter = property.GetTypeMapping().Converter;
                parameter.Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }
}
