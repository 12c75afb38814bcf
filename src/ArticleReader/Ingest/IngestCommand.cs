using ArticleReader.Data;
using ArticleReader.Documents;
using ArticleReader.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Ingest;

/// <summary>
/// <c>ingest &lt;file or folder&gt;... [--slug SLUG] [--dry-run] [--json]</c>: parses article files and stores each as a
/// new article or a new revision, in its own transaction; a folder means the article files in it, by name. The models
/// are loaded once for all of them. Exit codes: 0 done, 2 bad input or usage (one line on stderr per file), 1 anything else.
/// </summary>
public static class IngestCommand
{
    public const string Usage = "usage: ingest <file or folder>... [--slug SLUG] [--dry-run] [--json]";

    /// <summary>The extensions of the files a folder's articles are read from.</summary>
    private static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

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

        var exit = 0;
        foreach (var file in arguments.Files)
        {
            exit = Math.Max(exit, await IngestFileAsync(scope.ServiceProvider, file, arguments, stdout, stderr, showProgress));
        }

        return exit;
    }

    private static async Task<int> IngestFileAsync(IServiceProvider services, string file, Arguments arguments, TextWriter stdout, TextWriter stderr, bool showProgress)
    {
        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var summary = arguments.Json ? stderr : stdout;
        try
        {
            if (arguments.DryRun)
            {
                var parsed = ingestor.Parse(file, arguments.Slug);
                var preview = ArticleRecords.FromParsed(parsed, revision: 0, Path.GetFileName(file), DateTimeOffset.UtcNow);
                await summary.WriteLineAsync($"dry run: {Describe(preview)}; nothing stored");
                if (arguments.Json)
                {
                    await stdout.WriteLineAsync(DocumentMapper.ToJsonLine(DocumentMapper.ToDocument(preview)));
                }

                return 0;
            }

            await services.GetRequiredService<ReaderDbContext>().Database.MigrateAsync();
            var result = await ingestor.IngestAsync(file, arguments.Slug, progress: showProgress ? new ProgressLine(stderr) : null);
            var stored = await services.GetRequiredService<ArticleStore>().LoadDocumentAsync(result.Article.Slug)
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
                await stdout.WriteLineAsync(DocumentMapper.ToJsonLine(DocumentMapper.ToDocument(stored)));
            }

            return 0;
        }
        catch (IngestionException e)
        {
            await stderr.WriteLineAsync($"ingest: {file}: {e.Message}");
            return 2;
        }
        catch (Exception e)
        {
            // The command line's last word: one line, never a stack trace; the transaction has rolled back.
            await stderr.WriteLineAsync($"ingest: {file}: failed, nothing stored: {e.GetBaseException().Message}");
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

    private sealed record Arguments(IReadOnlyList<string> Files, string? Slug, bool DryRun, bool Json);

    private static bool TryParseArguments(string[] args, out Arguments arguments, out string problem)
    {
        arguments = new Arguments([], null, false, false);
        problem = string.Empty;
        var files = new List<string>();
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
                case var path when Directory.Exists(path):
                    if (!TryAddFolder(path, files, out problem))
                    {
                        return false;
                    }

                    break;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        problem = Problem(files, slug);
        if (problem.Length > 0)
        {
            return false;
        }

        arguments = new Arguments([.. files.Select(Path.GetFullPath)], slug, dryRun, json);
        return true;
    }

    /// <summary>Adds a folder's article files in ordinal order; a folder with none is a mistake worth saying.</summary>
    private static bool TryAddFolder(string path, List<string> files, out string problem)
    {
        var articles = Directory.EnumerateFiles(path)
            .Where(f => ArticleExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        problem = articles.Count == 0 ? $"the folder {path} has no article files ({string.Join(", ", ArticleExtensions)})" : string.Empty;
        files.AddRange(articles);
        return articles.Count > 0;
    }

    /// <summary>What is wrong with the files and slug taken together, or empty.</summary>
    private static string Problem(List<string> files, string? slug)
    {
        if (files.Count == 0)
        {
            return "no file given";
        }

        if (slug is not null && files.Count > 1)
        {
            return "--slug names one article: give one file with it";
        }

        return slug is not null && !SlugMaker.IsValid(slug)
            ? $"'{slug}' is not a valid slug: use lower-case letters, digits and hyphens"
            : string.Empty;
    }
}
