using ArticleReader.Data;
using ArticleReader.Documents;
using ArticleReader.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Ingest;

/// <summary>
/// <c>ingest &lt;file&gt; [--slug SLUG] [--dry-run] [--json]</c>: parses an article file and stores it as a new
/// article or a new revision. Exit codes: 0 done, 2 bad input or usage (one line on stderr), 1 anything else.
/// </summary>
public static class IngestCommand
{
    public const string Usage = "usage: ingest <file> [--slug SLUG] [--dry-run] [--json]";

    /// <param name="settings">Configuration that takes precedence over appsettings.json and the environment (tests use it).</param>
    /// <param name="showProgress">Whether to tell the phase and percent on <paramref name="stderr"/> (when it is a terminal).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IEnumerable<KeyValuePair<string, string?>>? settings = null, bool showProgress = false)
    {
        if (!TryParseArguments(args, out var arguments, out var problem))
        {
            await stderr.WriteLineAsync($"ingest: {problem} ({Usage})");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddArticleReader(builder.Configuration, builder.Environment);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var ingestor = scope.ServiceProvider.GetRequiredService<ArticleIngestor>();
        var summary = arguments.Json ? stderr : stdout;

        try
        {
            if (arguments.DryRun)
            {
                var parsed = ingestor.Parse(arguments.File, arguments.Slug);
                var preview = ArticleRecords.FromParsed(parsed, revision: 0, Path.GetFileName(arguments.File), DateTimeOffset.UtcNow);
                await summary.WriteLineAsync($"dry run: {Describe(preview)}; nothing stored");
                if (arguments.Json)
                {
                    await stdout.WriteLineAsync(DocumentMapper.ToJson(DocumentMapper.ToDocument(preview)));
                }

                return 0;
            }

            await scope.ServiceProvider.GetRequiredService<ReaderDbContext>().Database.MigrateAsync();
            var result = await ingestor.IngestAsync(arguments.File, arguments.Slug, progress: showProgress ? new ProgressLine(stderr) : null);
            var stored = await scope.ServiceProvider.GetRequiredService<ArticleStore>().LoadDocumentAsync(result.Article.Slug)
                ?? throw new InvalidOperationException($"{result.Article.Slug} was stored but cannot be read back");
            var outcome = result.Outcome switch
            {
                IngestOutcome.Created => "created",
                IngestOutcome.Revised => "new revision of",
                _ => "unchanged (same SHA-256):",
            };
            await summary.WriteLineAsync($"{outcome} {Describe(stored)}");
            if (arguments.Json)
            {
                await stdout.WriteLineAsync(DocumentMapper.ToJson(DocumentMapper.ToDocument(stored)));
            }

            return 0;
        }
        catch (IngestionException e)
        {
            await stderr.WriteLineAsync($"ingest: {arguments.File}: {e.Message}");
            return 2;
        }
        catch (Exception e)
        {
            // The command line's last word: one line, never a stack trace; the transaction has rolled back.
            await stderr.WriteLineAsync($"ingest: {arguments.File}: failed, nothing stored: {e.GetBaseException().Message}");
            return 1;
        }
    }

    /// <summary>One line on a terminal, rewritten in place: <c>ingest: encoding 45%</c>, ended when the ingest is done.</summary>
    private sealed class ProgressLine(TextWriter stderr) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            stderr.Write($"\ringest: {value.Phase,-9} {value.Percent,3}%");
            if (value.Percent >= 100)
            {
                stderr.WriteLine();
            }

            stderr.Flush();
        }
    }

    private static string Describe(Article article)
    {
        var paragraphs = article.Sections.Sum(s => s.Paragraphs.Count);
        var sentences = article.Sections.Sum(s => s.Paragraphs.Sum(p => p.Sentences.Count));
        var revision = article.Revision > 0 ? $" revision {article.Revision}" : string.Empty;
        return $"{article.Slug}{revision}: {article.Sections.Count} sections, {paragraphs} paragraphs, {sentences} sentences";
    }

    private sealed record Arguments(string File, string? Slug, bool DryRun, bool Json);

    private static bool TryParseArguments(string[] args, out Arguments arguments, out string problem)
    {
        arguments = new Arguments(string.Empty, null, false, false);
        problem = string.Empty;
        string? file = null;
        string? slug = null;
        bool dryRun = false, json = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--json":
                    json = true;
                    break;
                case "--slug" when i + 1 < args.Length:
                    slug = args[++i];
                    break;
                case "--slug":
                    problem = "--slug needs a value";
                    return false;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    problem = $"unknown option {option}";
                    return false;
                case var path when file is null:
                    file = path;
                    break;
                default:
                    problem = $"one file at a time (got {file} and {args[i]})";
                    return false;
            }
        }

        if (file is null)
        {
            problem = "no file given";
            return false;
        }

        if (slug is not null && !SlugMaker.IsValid(slug))
        {
            problem = $"'{slug}' is not a valid slug: use lower-case letters, digits and hyphens";
            return false;
        }

        arguments = new Arguments(Path.GetFullPath(file), slug, dryRun, json);
        return true;
    }
}
