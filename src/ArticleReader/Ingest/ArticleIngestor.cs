using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Formats;

namespace ArticleReader.Ingest;

/// <summary>Ingests article files: decode, parse, store. Shared by the command line and start-up seeding.</summary>
public sealed class ArticleIngestor(IngestionPipeline pipeline, ArticleStore store)
{
    /// <summary>Parses a file, read as plain text, Markdown or HTML by its extension, without storing it.</summary>
    /// <exception cref="IngestionException">The file cannot become an article.</exception>
    public ParsedArticle Parse(string path, string? slug = null) => Parse(SourceDecoder.ReadFile(path), path, slug);

    /// <exception cref="IngestionException">The file cannot become an article; nothing was written.</exception>
    /// <param name="progress">Told each phase and the share done (see <see cref="IngestionPipeline.Parse"/>), then "storing".</param>
    public async Task<IngestResult> IngestAsync(string path, string? slug = null, CancellationToken cancellationToken = default, IProgress<IngestProgress>? progress = null)
    {
        var source = SourceDecoder.ReadFile(path);

        // Text that is already some article's current revision changes nothing: skip parsing and extraction
        // (start-up meets every seed again on every run).
        if (await store.CurrentWithTextAsync(IngestionPipeline.Sha256(source), slug, cancellationToken) is { } current)
        {
            return new IngestResult(IngestOutcome.Unchanged, current);
        }

        var parsed = Parse(source, path, slug, progress);
        progress?.Report(new IngestProgress("storing", 95));
        var result = await store.SaveAsync(parsed, Path.GetFileName(path), cancellationToken);
        progress?.Report(new IngestProgress("done", 100));
        return result;
    }

    private ParsedArticle Parse(string source, string path, string? slug, IProgress<IngestProgress>? progress = null) =>
        pipeline.Parse(source, Path.GetFileNameWithoutExtension(path), slug, ArticleFormats.FromExtension(path), progress);
}
